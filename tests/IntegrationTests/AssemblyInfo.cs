// Fixtures run two at a time, each on its own database lane (Infrastructure/DatabaseLanes.cs); the tests of a fixture
// run one after another. A fixture whose assertions bound a duration, or that listens to process-wide telemetry,
// is [NonParallelizable]: it runs alone after the others.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
