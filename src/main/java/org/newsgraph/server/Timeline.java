package org.newsgraph.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.newsgraph.server.EntityFacts.Fact;

/**
 * The meetings of an entity on a time axis, as SVG made on the server: it needs no script, and SVG
 * attributes (unlike style attributes) are allowed by the pages' Content-Security-Policy. Names sit above
 * the axis and dates below, on as many rows as it takes to keep neighbours from overlapping.
 */
final class Timeline {

    static final int WIDTH = 800;
    private static final int MARGIN = 90;
    private static final int ROW = 18;
    /** About the width of a label of twenty characters. */
    private static final int LABEL_WIDTH = 130;
    private static final int MAX_ROWS = 4;

    private final Map<String, Template> parts;

    Timeline(Map<String, Template> parts) {
        this.parts = parts;
    }

    /** One dot on the axis: the meeting's element id on the page, its date, who it was with. */
    record Mark(String id, LocalDate date, String name, String kind, String title) {}

    /** The meetings that have an nkg:date, as marks; the {@code ids} are the meetings' element ids, in order. */
    static List<Mark> marks(List<Fact> meetings, List<String> ids) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            Fact m = meetings.get(i);
            LocalDate date = parse(m.date());
            if (date == null)
                continue;
            String name = m.others().isEmpty() ? "" : m.others().get(0).label()
                + (m.others().size() > 1 ? " +" + (m.others().size() - 1) : "");
            String kind = m.others().isEmpty() ? "thing" : m.others().get(0).kind();
            marks.add(new Mark(ids.get(i), date, name, kind, Html.date(m.date()) + ": " + name));
        }
        return marks;
    }

    /** The SVG figure, or a sentence saying that no meeting has a date. */
    String render(List<Mark> marks, int undated, String label) {
        if (marks.isEmpty())
            return parts.get("none").render("text", "No meeting of " + label + " has a known date.");
        LocalDate first = marks.get(0).date();
        LocalDate last = marks.get(marks.size() - 1).date();
        long days = ChronoUnit.DAYS.between(first, last);
        int[] rows = rows(marks, first, days);
        int rowCount = 1;
        for (int r : rows)
            rowCount = Math.max(rowCount, r + 1);
        int axis = 16 + rowCount * ROW + 10;
        StringBuilder svg = new StringBuilder();
        for (int i = 0; i < marks.size(); i++)
            svg.append(mark(marks.get(i), x(marks.get(i).date(), first, days), axis, rows[i])).append('\n');
        return parts.get("timeline").render("width", Integer.toString(WIDTH),
            "height", Integer.toString(axis + 14 + rowCount * ROW + 8),
            "x1", Integer.toString(MARGIN / 2), "x2", Integer.toString(WIDTH - MARGIN / 2), "y", Integer.toString(axis),
            "marks", svg.toString(), "caption", caption(marks, undated, first, last));
    }

    private String mark(Mark m, int x, int axis, int row) {
        int nameY = axis - 14 - row * ROW;
        int dateY = axis + 24 + row * ROW;
        return parts.get("timeline-mark").render("id", m.id(), "kind", m.kind(), "title", m.title(),
            "x", Integer.toString(x), "y", Integer.toString(axis), "name", m.name(), "date", Html.date(m.date().toString()),
            "name-y", Integer.toString(nameY), "date-y", Integer.toString(dateY),
            "tick-top", Integer.toString(nameY + 4), "tick-bottom", Integer.toString(dateY - 13));
    }

    /** The lowest row whose last label ends left of this one, per mark (marks come sorted by date). */
    private static int[] rows(List<Mark> marks, LocalDate first, long days) {
        int[] rows = new int[marks.size()];
        int[] lastX = new int[MAX_ROWS];
        Arrays.fill(lastX, Integer.MIN_VALUE / 2);
        for (int i = 0; i < marks.size(); i++) {
            int x = x(marks.get(i).date(), first, days);
            int row = 0;
            while (row < MAX_ROWS - 1 && x - lastX[row] < LABEL_WIDTH)
                row++;
            rows[i] = row;
            lastX[row] = x;
        }
        return rows;
    }

    private static int x(LocalDate date, LocalDate first, long days) {
        if (days == 0)
            return WIDTH / 2;
        return MARGIN + (int) Math.round((WIDTH - 2.0 * MARGIN) * ChronoUnit.DAYS.between(first, date) / days);
    }

    private static String caption(List<Mark> marks, int undated, LocalDate first, LocalDate last) {
        String s = marks.size() == 1 ? "1 dated meeting, " + Html.date(first.toString())
            : marks.size() + " dated meetings, " + Html.date(first.toString()) + " to " + Html.date(last.toString());
        if (undated > 0)
            s += "; " + (undated == 1 ? "1 meeting without a date is" : undated + " meetings without a date are")
                + " listed below only";
        return s + ".";
    }

    private static LocalDate parse(String xsdDate) {
        try {
            return xsdDate == null ? null : LocalDate.parse(xsdDate);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
