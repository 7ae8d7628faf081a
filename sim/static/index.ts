/**
 * The static estimate: what the regions' national projection model would give each service
 * (expected load from the flows ÷ a target utilisation), beside the simulation, and a capacity
 * sweep to see where waits take off. See docs/static-estimate.md.
 */
export { staticEstimate, DEFAULT_TARGET_UTILISATION, type StaticEstimate, type StaticServiceEstimate, type StaticOptions } from './estimate';
export { computeFlows, type Flows, type FlowOptions, type GroupFlow, type ServiceFlow } from './flows';
export { aftercareQueue, type AftercareQueue } from './aftercare';
export { meanCutAt, meanRealisedStay } from './stay';
export { compareStaticWithRun, capacityPosition, type CapacityPosition, type StaticComparison, type StaticComparisonRow } from './compare';
export { capacityPath, capacitySweepValues, planCapacitySweep, capacityCurve, type CapacityCurve, type CapacityPoint } from './sweep';
