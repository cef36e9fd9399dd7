package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.newsgraph.server.WebFixture.LOPEZ;
import static org.newsgraph.server.WebFixture.MARTIN;
import static org.newsgraph.server.WebFixture.PARIS_ARTICLE;
import static org.newsgraph.server.WebFixture.RAHMON;
import static org.newsgraph.server.WebFixture.RAHMON_SENTENCE;
import static org.newsgraph.server.WebFixture.ZARIF;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser: the system's headless Chromium driven through its chromedriver (no
 * browser is downloaded; without /usr/bin/chromium and /usr/bin/chromedriver these tests are skipped).
 * One browser for the class. After each test the browser's console must hold no error (a script error,
 * a resource refused by the Content-Security-Policy, a failed request). Screenshots go to
 * {@code target/screenshots/} for review.
 */
@ExtendWith(WebFixture.Resolver.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    private static WebFixture web;
    private static ChromeDriver browser;
    private static Path profile;
    private static WebDriverWait wait;

    @BeforeAll
    static void start(WebFixture fixture) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "browser tests need chromium and chromium-driver (apt-get install chromium chromium-driver)");
        web = fixture;
        // Selenium warns at length that it has no DevTools bindings for this Chromium; these tests use none.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("newsgraph-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            "--force-device-scale-factor=1", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        // The driver is given, so Selenium Manager (which would download one) is never asked.
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // waits end as soon as their condition holds: the deadline only has to be generous for a busy machine
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null)
            browser.quit();
        if (profile != null)
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
    }

    @BeforeEach
    void desktop() {
        browser.manage().window().setSize(DESKTOP);
    }

    @AfterEach
    void no_console_errors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::toString)
            .toList();
        assertEquals(List.of(), errors, "errors in the browser console");
    }

    @Test
    void typing_zarif_suggests_him_and_enter_opens_his_page_with_the_meeting_with_emomali_rahmon() {
        browser.get(web.base());
        WebElement box = browser.findElement(By.id("start-search"));
        box.sendKeys("Zarif");
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#start-search-suggestions li")));
        assertEquals("Mohammad Javad Zarif", first.findElement(By.className("suggestion-label")).getText());
        assertEquals("also “Zarif”", first.findElement(By.className("suggestion-match")).getText());

        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("start-search-suggestions-0", box.getDomAttribute("aria-activedescendant"));
        box.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.urlToBe(web.entityUrl(ZARIF)));
        WebElement meeting = browser.findElement(By.xpath(
            "//li[contains(@class, 'meeting')][.//a[. = 'Emomali Rahmon']]"));
        assertEquals("With Emomali Rahmon in Dushanbe · on Monday", meeting.findElement(By.className("fact-head")).getText());
        assertEquals(RAHMON_SENTENCE, meeting.findElement(By.cssSelector("blockquote p")).getText());
        waitForNetwork();
        screenshot("entity-page.png", 1500);
    }

    @Test
    void the_network_view_draws_maria_lopez_her_two_counterparts_and_three_meetings_and_a_click_opens_a_page() {
        browser.get(web.entityUrl(LOPEZ));
        WebElement network = waitForNetwork();

        assertEquals("3", network.getDomAttribute("data-nodes"));
        assertEquals("3", network.getDomAttribute("data-edges"));
        assertEquals(List.of("Maria Lopez", "Olaf Brandt", "Pierre Martin"),
            js("return window.newsgraph.network.nodes().map(n => n.data('label'))"));
        assertEquals(List.of("4 March 2024", "9 April 2024", "17 May 2024"),
            js("return window.newsgraph.network.edges().map(e => e.data('label'))"));
        js("arguments[0].scrollIntoView({block: 'center'})", network);
        save("network.png", network.getScreenshotAs(OutputType.BYTES));

        List<?> at = js("const p = window.newsgraph.network.$id(arguments[0]).renderedPosition(); return [p.x, p.y];", MARTIN);
        // Actions offsets count from the element's centre; rendered positions from its top left corner.
        int x = (int) Math.round(((Number) at.get(0)).doubleValue() - network.getRect().getWidth() / 2.0);
        int y = (int) Math.round(((Number) at.get(1)).doubleValue() - network.getRect().getHeight() / 2.0);
        new Actions(browser).moveToElement(network, x, y).click().perform();

        wait.until(ExpectedConditions.urlToBe(web.entityUrl(MARTIN)));
        assertEquals("Pierre Martin", browser.findElement(By.id("entity-label")).getText());
    }

    @Test
    void the_timeline_shows_maria_lopezs_meetings_in_date_order_and_each_mark_leads_to_its_meeting() {
        browser.get(web.entityUrl(LOPEZ));
        List<WebElement> names = browser.findElements(By.cssSelector("figure.timeline text.mark-name"));

        assertEquals(List.of("Olaf Brandt", "Pierre Martin", "Olaf Brandt"), names.stream().map(WebElement::getText).toList());
        browser.findElements(By.cssSelector("figure.timeline a")).get(1).click();
        wait.until(ExpectedConditions.urlToBe(web.entityUrl(LOPEZ) + "#meeting-2"));
        assertTrue(browser.findElement(By.id("meeting-2")).getText().startsWith("With Pierre Martin in Paris · on Tuesday · 9 April 2024"));
    }

    @Test
    void the_editor_highlights_sparql_runs_an_example_and_its_iris_open_entity_pages() {
        browser.get(web.url("sparql"));
        WebElement editor = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        List<String> keywords = editor.findElements(By.cssSelector(".cm-keyword")).stream().map(WebElement::getText).toList();
        assertTrue(keywords.containsAll(List.of("PREFIX", "SELECT", "WHERE")), keywords.toString());

        browser.findElement(By.linkText("The meetings of a person")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-table")));
        assertEquals(web.url(Html.editorHref(TitledQuery.load("examples.rq").get(1).query())), browser.getCurrentUrl());
        assertEquals(List.of(
            "ng:person/emomali-rahmon | Emomali Rahmon | on Monday |  | " + RAHMON_SENTENCE,
            "ng:person/mala-bakhtiar | Mala Bakhtiar | on Monday |  | Zarif made the remarks in a meeting with Mala Bakhtiar,"
                + " the chief of executive body of Patriotic Union of Kurdistan (PUK).",
            "ng:person/rasit-meredow | Raşit Meredow |  |  | Iranian foreign minister also held a meeting with his Turkmen"
                + " counterpart Raşit Meredow discussed bilateral relations."), rows());
        screenshot("sparql-editor.png", 1300);

        browser.findElement(By.linkText("ng:person/emomali-rahmon")).click();
        wait.until(ExpectedConditions.urlToBe(web.entityUrl(RAHMON)));
        assertEquals("Emomali Rahmon", browser.findElement(By.id("entity-label")).getText());
    }

    @Test
    void the_editor_is_used_with_the_keyboard_and_shows_errors_on_their_line() {
        browser.get(web.url("sparql"));
        WebElement code = wait.until(ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".CodeMirror [contenteditable=true]")));
        code.click();
        Actions keys = new Actions(browser);
        keys.keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("SELECT ?x WHERE {\n?x ?y }")
            .keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("query-error")));
        assertTrue(error.getText().startsWith("Unexpected \"}\" at line 2, column "), error.getText());
        assertEquals(List.of("2"), browser.findElements(By.cssSelector(".CodeMirror .error-line .CodeMirror-linenumber"))
            .stream().map(WebElement::getText).toList());

        code = browser.findElement(By.cssSelector(".CodeMirror [contenteditable=true]"));
        code.click();
        keys.keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("ASK { ?s ?p ?o }")
            .keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask-answer")));
        assertEquals("yes", browser.findElement(By.id("ask-answer")).getText());
        assertEquals(web.url(Html.editorHref("ASK { ?s ?p ?o }")), browser.getCurrentUrl());

        // Tab leaves the editor for the next control: the keyboard is not trapped.
        browser.findElement(By.cssSelector(".CodeMirror [contenteditable=true]")).click();
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("run", browser.switchTo().activeElement().getDomAttribute("id"));
    }

    @Test
    void the_article_page_highlights_each_mention_by_type_and_marks_the_sentences_of_facts() {
        browser.get(web.articleUrl(PARIS_ARTICLE));

        assertEquals(List.of("Lopez: person", "Paris: location", "Maria Lopez: person", "Pierre Martin: person",
            "Paris: location", "Martin: person", "Spain: location"),
            browser.findElements(By.cssSelector("#article-text a.mention")).stream()
                .map(a -> a.getText() + ": " + a.getDomAttribute("class").replace("mention ", "")).toList());
        assertEquals(List.of(
            "meeting: Spanish Foreign Minister Maria Lopez held talks with French President Pierre Martin in Paris on Tuesday.",
            "appeal: Martin urged Spain to increase its defence spending."),
            browser.findElements(By.cssSelector("#article-text mark.evidence")).stream()
                .map(m -> m.getDomAttribute("class").replace("evidence ", "") + ": " + m.getText()).toList());
        screenshot("article-page.png", 1200);

        browser.findElement(By.linkText("Martin")).click();
        wait.until(ExpectedConditions.urlToBe(web.entityUrl(MARTIN)));
    }

    @Test
    void on_a_phone_wide_screen_no_page_scrolls_sideways() {
        browser.manage().window().setSize(PHONE);
        for (String url : List.of(web.base(), web.entityUrl(ZARIF), web.articleUrl(WebFixture.SEED_000),
                web.url(Html.editorHref(TitledQuery.load("examples.rq").get(1).query())), web.url("ontology"))) {
            browser.get(url);
            long width = ((Number) js("return document.documentElement.scrollWidth")).longValue();
            long viewport = ((Number) js("return window.innerWidth")).longValue();
            assertTrue(width <= viewport, url + ": " + width + " > " + viewport);
        }
        browser.get(web.entityUrl(ZARIF));
        waitForNetwork();
        screenshot("entity-page-phone.png", 2400);
    }

    private WebElement waitForNetwork() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network[data-nodes]")));
    }

    /** The result table's rows, cells joined by " | ". */
    private List<String> rows() {
        return browser.findElements(By.cssSelector("#results-table tbody tr")).stream()
            .map(tr -> String.join(" | ", tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()))
            .toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The page from the top, as tall as its content but at most {@code maxHeight} pixels. */
    private static void screenshot(String name, int maxHeight) {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(maxHeight, ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
            "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        save(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static void save(String name, byte[] png) {
        try {
            Files.write(SCREENSHOTS.resolve(name), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
