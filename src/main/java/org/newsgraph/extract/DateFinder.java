package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that date an event ("on Monday", "Back in August", "on 16 October") and, when the article's
 * own date is known, the calendar date they mean. Month-only dates keep their words but get no xsd:date:
 * a day would be invented.
 */
final class DateFinder {

    /** A date expression and its resolution (null when it cannot be resolved without guessing). */
    record Found(String text, int start, LocalDate date) {
    }

    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final Pattern PATTERN = Pattern.compile(
            "\\b(?:on\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b"
            + "|\\b(?:on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b"
            + "|\\b(?:(?:[Bb]ack|[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\\s+)?in\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b"
            + "|\\b(?:on|last|this)\\s+" + WEEKDAY + "\\b|\\b" + WEEKDAY + "\\b"
            + "|\\b([Yy]esterday|[Tt]oday)\\b");

    private DateFinder() {
    }

    /** The date expression nearest to a character position in the sentence, or null. */
    static Found nearest(String sentence, int position, LocalDate published) {
        Matcher m = PATTERN.matcher(sentence);
        Found best = null;
        while (m.find()) {
            Found f = new Found(m.group(), m.start(), resolve(m, published));
            if (best == null || Math.abs(f.start() - position) < Math.abs(best.start() - position)) {
                best = f;
            }
        }
        return best;
    }

    /** The text without a date expression at its very end ("… elections on Sunday" → "… elections"). */
    static String withoutTrailingDate(String text) {
        Matcher m = PATTERN.matcher(text);
        int cut = -1;
        while (m.find()) {
            if (m.end() == text.length() && m.start() > 0) {
                cut = m.start();
            }
        }
        return cut < 0 ? text : text.substring(0, cut).stripTrailing();
    }

    private static LocalDate resolve(Matcher m, LocalDate published) {
        if (published == null) {
            return null;
        }
        if (m.group(1) != null) {
            return dayOfMonth(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), published);
        }
        if (m.group(5) != null) {
            return dayOfMonth(month(m.group(5)), Integer.parseInt(m.group(4)), m.group(6), published);
        }
        String weekday = m.group(9) != null ? m.group(9) : m.group(10);
        if (weekday != null) {
            DayOfWeek d = DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
            return published.with(TemporalAdjusters.previousOrSame(d));
        }
        if (m.group(11) != null) {
            return m.group(11).equalsIgnoreCase("today") ? published : published.minusDays(1);
        }
        return null; // a month alone
    }

    /** A day and month: in the year given, else the latest such day on or before publication. */
    private static LocalDate dayOfMonth(Month month, int day, String year, LocalDate published) {
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        if (year != null) {
            int y = Integer.parseInt(year);
            return MonthDay.of(month, day).isValidYear(y) ? LocalDate.of(y, month, day) : null;
        }
        LocalDate candidate = MonthDay.of(month, day).isValidYear(published.getYear())
                ? LocalDate.of(published.getYear(), month, day) : null;
        if (candidate == null || candidate.isAfter(published)) {
            int y = published.getYear() - 1;
            return MonthDay.of(month, day).isValidYear(y) ? LocalDate.of(y, month, day) : null;
        }
        return candidate;
    }

    private static Month month(String name) {
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
