import { useCallback, useEffect, useRef, useState } from 'react';
import { advance } from './speeds';

/**
 * Play, pause and scrub: while playing, one requestAnimationFrame callback a frame moves the
 * time by the frame's wall time × speed, and stops at the horizon. The page re-renders only
 * when the day changes (what it shows is by the day): at a month a second that is every
 * other frame, at a day a second once a second.
 */
export function usePlayback(horizon: number, perSecond: number, initial = 0) {
  const [time, setTimeState] = useState(() => Math.min(horizon, Math.max(0, initial)));
  const [playing, setPlaying] = useState(false);
  const timeRef = useRef(time);
  const speedRef = useRef(perSecond);
  speedRef.current = perSecond;

  const setTime = useCallback(
    (t: number) => {
      const v = Math.min(horizon, Math.max(0, t));
      timeRef.current = v;
      setTimeState(v);
    },
    [horizon],
  );

  useEffect(() => {
    if (!playing) return;
    let last: number | null = null;
    let id = 0;
    const frame = (now: number) => {
      if (last !== null) {
        const prev = timeRef.current;
        const next = advance(prev, now - last, speedRef.current, horizon);
        timeRef.current = next;
        if (Math.floor(next) !== Math.floor(prev) || next >= horizon) setTimeState(next);
        if (next >= horizon) {
          setPlaying(false);
          return;
        }
      }
      last = now;
      id = requestAnimationFrame(frame);
    };
    id = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(id);
  }, [playing, horizon]);

  const play = useCallback(() => {
    // At the end, play starts again from the beginning.
    if (timeRef.current >= horizon) setTime(0);
    setPlaying(true);
  }, [horizon, setTime]);
  const pause = useCallback(() => {
    setPlaying(false);
    setTimeState(timeRef.current);
  }, []);
  return { time, playing, play, pause, setTime };
}
