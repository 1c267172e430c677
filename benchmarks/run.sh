#!/usr/bin/env bash
# Runs every Shapeforge benchmark side by side with what a user would pick instead, then writes
# docs/benchmarks.md and docs/benchmarks-page-latency.png from that one run.
#
#   benchmarks/run.sh            full run, about 20 minutes on 2 cores
#   BENCH_QUICK=1 benchmarks/run.sh
#                                smoke run of the whole pipeline in a few minutes; writes its report to
#                                benchmarks/results/raw/quick-docs/ instead of docs/ (its numbers prove nothing)
#   BENCH_MAVEN_FLAGS=-DwithoutEmulator benchmarks/run.sh
#                                builds without samples/ssm-emulator (before it compiles): the benchmarks of
#                                generated code and the emulator are then reported as not measured
#
# Needs a JDK 17+, Maven, and moto_server on the PATH (or MOTO_SERVER=/path/to/moto_server) for the
# HTTP comparison. Raw results (JMH JSON, load, memory, processor cost, server logs) go to
# benchmarks/results/raw/, which is not committed.
set -euo pipefail
cd "$(dirname "$0")/.."

RAW=benchmarks/results/raw
JAR=benchmarks/target/benchmarks.jar
if [[ "${BENCH_QUICK:-0}" == 1 ]]; then
  JMH_FLAGS=(-f 1 -wi 1 -w 1s -i 1 -r 1s -p records=10000)
  SETTLED_JMH_FLAGS=("${JMH_FLAGS[@]}")
  JMH_SETTINGS="QUICK SMOKE RUN: forks 1, 1 warm-up and 1 measured iteration of 1 s, 10,000 records only"
  LOAD_FLAGS=(--seconds 1 --warmup-round-seconds 0.5 --warmup-max-rounds 2)
  MEMORY_RECORDS=100000
  PROCESSOR_FLAGS=(--shapes 100 --compilations 1)
  START_LAUNCHES=3
  DOCS=$RAW/quick-docs
else
  JMH_FLAGS=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
  # The generated page (alone, and inside HandlerBenchmark's whole path) is still being compiled and
  # recompiled after 3 s of warm-up, which made it swing 22-110 us between iterations at 1M records;
  # after 20 s it holds (benchmarks/notes.md).
  SETTLED_JMH_FLAGS=(-f 1 -wi 10 -w 2s -i 5 -r 1s)
  JMH_SETTINGS="forks 1, 3 warm-up iterations of 1 s (QueryBenchmark and HandlerBenchmark: 10 of 2 s), 5 measured iterations of 1 s, average time"
  LOAD_FLAGS=(--seconds 5 --warmup-round-seconds 2 --warmup-max-rounds 10)
  MEMORY_RECORDS=1000000
  PROCESSOR_FLAGS=(--shapes 1000 --compilations 2)
  START_LAUNCHES=7
  DOCS=docs
fi

rm -rf "$RAW"
mkdir -p "$RAW"

echo "== build (benchmarks.jar and the emulator jar)"
# shellcheck disable=SC2086 # BENCH_MAVEN_FLAGS is a list of flags
mvn -B -q -pl benchmarks -am package -Dmaven.test.skip=true ${BENCH_MAVEN_FLAGS:-}

echo "== JMH: QueryBenchmark, ValidationBenchmark, HandlerBenchmark"
# EngineBenchmark (the JDBC engines) loads up to 1M rows per engine through the SPI, which takes longer
# than this whole run: it runs on its own, see benchmarks/README.md.
java -jar "$JAR" "${SETTLED_JMH_FLAGS[@]}" -bm avgt -tu us -rf json -rff "$RAW/jmh-settled.json" 'io\.shapeforge\.benchmarks\.(query\.QueryBenchmark|handler\.HandlerBenchmark)'
java -jar "$JAR" "${JMH_FLAGS[@]}" -bm avgt -tu us -rf json -rff "$RAW/jmh.json" -e EngineBenchmark -e QueryBenchmark -e HandlerBenchmark 'io\.shapeforge\.benchmarks\..*'

echo "== HTTP load: the driver's ceiling, the emulator and moto_server, 1, 8 and 32 clients"
java -cp "$JAR" io.shapeforge.benchmarks.load.LoadComparison --out "$RAW/load.json" \
  --emulator-jar samples/ssm-emulator/target/ssm-emulator.jar --moto "${MOTO_SERVER:-moto_server}" "${LOAD_FLAGS[@]}"

echo "== start-up: the emulator jar against a bare JDK HttpServer, median of $START_LAUNCHES launches each"
java -cp "$JAR" io.shapeforge.benchmarks.start.StartComparison --out "$RAW/start.json" \
  --emulator-jar samples/ssm-emulator/target/ssm-emulator.jar --launches "$START_LAUNCHES"

echo "== memory: bytes per task, one fresh JVM per engine"
java -cp "$JAR" io.shapeforge.benchmarks.memory.MemoryComparison --records "$MEMORY_RECORDS" --out "$RAW/memory.json"

echo "== annotation processing: synthetic spec, -proc:none vs the Shapeforge processor"
java -cp "$JAR" io.shapeforge.benchmarks.processing.ProcessorCost "${PROCESSOR_FLAGS[@]}" --out "$RAW/processor.json"

echo "== report"
java -cp "$JAR" io.shapeforge.benchmarks.report.BenchmarkReport --results "$RAW" --docs "$DOCS" --jmh-settings "$JMH_SETTINGS" \
  --notes benchmarks/notes.md
