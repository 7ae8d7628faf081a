"""The bench's M/M/c in SimPy: c = 20 servers, lambda = 18/day, exponential stays of mean 1 day,
first-come first-served, simulated up to the horizon that gives 200,000 expected customers.

Written as SimPy's documentation writes queues (a Resource and one process per customer), which
is how a modeller would use it. Prints one JSON line per timed run:
{"customers": arrivals, "started": starts, "seconds": wall time, "meanWaitDays": mean wait}.

Usage: python3 simpy_mmc.py SERVERS ARRIVALS_PER_DAY MEAN_STAY_DAYS HORIZON_DAYS RUNS
"""
import json
import random
import sys
import time

import simpy


def run(servers, lam, mean_stay, horizon, seed):
    rng = random.Random(seed)
    env = simpy.Environment()
    ward = simpy.Resource(env, capacity=servers)
    stats = {"customers": 0, "started": 0, "wait_sum": 0.0}

    def patient(env):
        arrived = env.now
        with ward.request() as req:
            yield req
            stats["started"] += 1
            stats["wait_sum"] += env.now - arrived
            yield env.timeout(rng.expovariate(1.0 / mean_stay))

    def referrals(env):
        while True:
            yield env.timeout(rng.expovariate(lam))
            if env.now >= horizon:
                return
            stats["customers"] += 1
            env.process(patient(env))

    env.process(referrals(env))
    env.run(until=horizon)
    return stats


def main():
    servers, lam, mean_stay, horizon, runs = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
    for k in range(runs):
        t0 = time.perf_counter()
        stats = run(servers, lam, mean_stay, horizon, seed=1 + k)
        seconds = time.perf_counter() - t0
        print(json.dumps({
            "customers": stats["customers"],
            "started": stats["started"],
            "seconds": seconds,
            "meanWaitDays": stats["wait_sum"] / max(1, stats["started"]),
            "simpy": simpy.__version__ if hasattr(simpy, "__version__") else "?",
            "python": sys.version.split()[0],
        }), flush=True)


if __name__ == "__main__":
    main()
