// KinerjaCore re-exports KinerjaSupport (threads, locks, timers, the output guard, running a
// program; docs/architecture.md), so code that imports KinerjaCore sees those types unchanged.
@_exported import KinerjaSupport
