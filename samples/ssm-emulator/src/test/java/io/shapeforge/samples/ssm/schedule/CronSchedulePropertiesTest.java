package io.shapeforge.samples.ssm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shapeforge.samples.ssm.schedule.NaiveCron.DayPart;
import io.shapeforge.samples.ssm.schedule.NaiveCron.Field;
import io.shapeforge.samples.ssm.schedule.NaiveCron.Item;
import io.shapeforge.samples.ssm.schedule.NaiveCron.Plain;
import io.shapeforge.samples.ssm.schedule.NaiveCron.Spec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The calculator against {@link NaiveCron}'s minute-by-minute reference, over random cron
 * expressions (every wildcard and special form, names, wrapping ranges, steps, the year field),
 * random zones (those with odd or half-hour changes among them), random schedule offsets, creation
 * times, start and end dates, and instants that often sit right at a daylight-saving change.
 */
class CronSchedulePropertiesTest {
  /** Zones with the changes worth testing; random zones of the whole database are added to them. */
  private static final List<String> ZONES =
      List.of(
          "UTC",
          "America/New_York",
          "America/Los_Angeles",
          "Europe/Berlin",
          "Europe/London",
          "Australia/Lord_Howe",
          "Australia/Sydney",
          "Pacific/Chatham",
          "America/St_Johns",
          "America/Santiago",
          "Africa/Casablanca",
          "Asia/Kolkata",
          "America/Havana",
          "Asia/Tokyo",
          "Pacific/Auckland");

  private static final Instant EARLIEST = Instant.parse("2026-01-01T00:00:00Z");
  private static final int RUNS = 5;

  @Property(tries = 400)
  void firstRunsMatchTheNaiveReference(
      @ForAll("specs") Spec spec,
      @ForAll("zones") ZoneId zone,
      @ForAll("froms") Instant pickedFrom,
      @ForAll @IntRange(min = 0, max = 6) int offsetDays,
      @ForAll @IntRange(min = 0, max = 40 * 24) int createdHoursBefore,
      @ForAll boolean nearAChange,
      @ForAll @IntRange(min = -1, max = 20 * 24) int startHoursAfterFrom,
      @ForAll @IntRange(min = -1, max = 60) int endDaysAfterStart) {
    Instant from = nearAChange ? nearATransition(zone, pickedFrom) : pickedFrom;
    Instant createdAt = from.minus(Duration.ofHours(createdHoursBefore));
    // -1 leaves the date out; otherwise the active period starts up to 20 days after from and
    // ends up to 60 days after its start.
    Instant start =
        startHoursAfterFrom < 0
            ? null
            : from.plus(Duration.ofHours(startHoursAfterFrom)).plusSeconds(17);
    Instant end =
        endDaysAfterStart < 0
            ? null
            : (start == null ? from : start)
                .plus(Duration.ofDays(endDaysAfterStart))
                .plusSeconds(3600 + 43);
    Instant until = end == null ? from.plus(Duration.ofDays(3 * 366)) : end;

    ScheduleContext.Builder context =
        ScheduleContext.builder(createdAt, 1, 0).scheduleTimezone(zone.getId());
    if (offsetDays > 0) {
      context.scheduleOffset(offsetDays);
    }
    if (start != null) {
      context.startDate(start.toString());
    }
    if (end != null) {
      context.endDate(end.toString());
    }
    List<Instant> calculated =
        Schedule.parse(spec.expression())
            .runsAfter(from, context.build())
            .map(ScheduledRun::start)
            .takeWhile(runStart -> runStart.isBefore(until))
            .limit(RUNS)
            .toList();
    List<Instant> reference =
        NaiveCron.runs(
            spec,
            zone,
            offsetDays,
            createdAt,
            start == null || start.isBefore(from) ? from : start.minusNanos(1),
            until,
            RUNS);

    assertEquals(
        reference,
        calculated,
        () ->
            spec.expression()
                + " in "
                + zone
                + " after "
                + from
                + ", offset "
                + offsetDays
                + ", created "
                + createdAt
                + ", start "
                + start
                + ", end "
                + end);
  }

  /** A few hours either side of the zone's next change after {@code from}, when it has one. */
  private static Instant nearATransition(ZoneId zone, Instant from) {
    ZoneOffsetTransition next = zone.getRules().nextTransition(from);
    if (next == null) {
      return from;
    }
    long minutes = Math.floorMod(from.getEpochSecond() / 60, 12 * 60) - 6 * 60;
    return next.getInstant()
        .plus(Duration.ofMinutes(minutes))
        .plusSeconds(from.getEpochSecond() % 60);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    Arbitrary<ZoneId> interesting = Arbitraries.of(ZONES).map(ZoneId::of);
    Arbitrary<ZoneId> any =
        Arbitraries.of(List.copyOf(ZoneId.getAvailableZoneIds())).map(ZoneId::of);
    return Arbitraries.frequencyOf(Tuple.of(3, interesting), Tuple.of(1, any));
  }

  @Provide
  Arbitrary<Instant> froms() {
    return Arbitraries.longs()
        .between(EARLIEST.getEpochSecond(), Instant.parse("2031-12-31T00:00:00Z").getEpochSecond())
        .map(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<Spec> specs() {
    Arbitrary<Plain> minutes = plain(Field.MINUTES, Field.MINUTES.min, Field.MINUTES.max);
    Arbitrary<Plain> hours = plain(Field.HOURS, Field.HOURS.min, Field.HOURS.max);
    Arbitrary<Plain> months =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(star(Field.MONTH))),
            Tuple.of(2, plain(Field.MONTH, 1, 12)));
    Arbitrary<Plain> years =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(star(Field.YEAR))),
            Tuple.of(1, plain(Field.YEAR, 2025, 2034)));
    Arbitrary<DayPart[]> days =
        Arbitraries.oneOf(
            dayOfMonthPart().map(dom -> new DayPart[] {dom, new NaiveCron.Question()}),
            dayOfWeekPart().map(dow -> new DayPart[] {new NaiveCron.Question(), dow}));
    return Combinators.combine(minutes, hours, days, months, years)
        .as(
            (minute, hour, day, month, year) ->
                new Spec(minute, hour, day[0], month, day[1], year));
  }

  private Arbitrary<DayPart> dayOfMonthPart() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, plain(Field.DAY_OF_MONTH, 1, 31).map(NaiveCron.DaysOfMonth::new)),
        Tuple.of(1, Arbitraries.just(new NaiveCron.LastDayOfMonth())),
        Tuple.of(1, Arbitraries.just(new NaiveCron.LastWeekdayOfMonth())),
        Tuple.of(2, Arbitraries.integers().between(1, 31).map(NaiveCron.NearestWeekday::new)),
        // The month's edges, where the nearest weekday must not leave the month.
        Tuple.of(2, Arbitraries.of(1, 2, 29, 30, 31).map(NaiveCron.NearestWeekday::new)));
  }

  private Arbitrary<DayPart> dayOfWeekPart() {
    Arbitrary<Integer> day = Arbitraries.integers().between(1, 7);
    Arbitrary<Boolean> named = Arbitraries.of(true, false);
    return Arbitraries.frequencyOf(
        Tuple.of(6, plain(Field.DAY_OF_WEEK, 1, 7).map(NaiveCron.DaysOfWeek::new)),
        Tuple.of(1, Arbitraries.just(new NaiveCron.Saturday())),
        Tuple.of(2, Combinators.combine(day, named).as(NaiveCron.LastOfKind::new)),
        Tuple.of(
            2,
            Combinators.combine(day, Arbitraries.integers().between(1, 5), named)
                .as(NaiveCron.NthOfKind::new)));
  }

  private static Plain star(Field field) {
    return new Plain(field, List.of(new Item(Item.Kind.STAR, field.min, field.max, 1, false)));
  }

  /** A list of one to three items whose values lie in {@code [low, high]} (within the field). */
  private Arbitrary<Plain> plain(Field field, int low, int high) {
    Arbitrary<Integer> value = Arbitraries.integers().between(low, high);
    Arbitrary<Integer> step =
        Arbitraries.integers().between(1, Math.max(2, (field.max - field.min + 1) / 2));
    Arbitrary<Boolean> named = Arbitraries.of(true, false);
    Arbitrary<Item> item =
        Arbitraries.oneOf(
            Arbitraries.just(new Item(Item.Kind.STAR, field.min, field.max, 1, false)),
            step.map(s -> new Item(Item.Kind.STAR, field.min, field.max, s, false)),
            Combinators.combine(value, named).as((a, n) -> new Item(Item.Kind.SINGLE, a, a, 1, n)),
            Combinators.combine(value, value, named)
                .as((a, b, n) -> new Item(Item.Kind.RANGE, a, b, 1, n)),
            Combinators.combine(value, value, step, named)
                .as((a, b, s, n) -> new Item(Item.Kind.RANGE, a, b, s, n)),
            Combinators.combine(value, step, named)
                .as((a, s, n) -> new Item(Item.Kind.START_STEP, a, field.max, s, n)));
    return item.list().ofMinSize(1).ofMaxSize(3).map(items -> new Plain(field, items));
  }
}
