package org.allianceledger.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver: both are installed by
 * {@code .ci/run}, so nothing is downloaded. Screenshots and printed PDFs go to
 * {@code target/screenshots/} for review.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration NAVIGATION = Duration.ofSeconds(15);
    private static final Set<String> SERIOUS = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(String baseUrl) throws IOException {
        for (String program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: browser tests need Debian's chromium and "
                        + "chromium-driver (apt-get install chromium chromium-driver), as .ci/run installs them");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The flags this closed network needs: no background calls home, no sandbox as root, a fresh profile.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-GB", "--window-size=1280,2000",
                "--user-data-dir=" + Files.createTempDirectory("ledger-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, baseUrl);
    }

    /** Signs in through the sign-in form, as a person would. */
    public Browser signIn(TestUsers user) {
        go("/login");
        type("#username", user.username());
        type("#password", user.password());
        return navigateBy(() -> find("form button[type=submit]").click());
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public List<String> texts(String css) {
        return all(css).stream().map(WebElement::getText).toList();
    }

    public Browser select(String css, String visibleText) {
        new Select(find(css)).selectByVisibleText(visibleText);
        return this;
    }

    /** Chooses the option of select {@code css} whose value is {@code value}. */
    public Browser choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
        return this;
    }

    /** The value the field {@code css} holds now (its chosen option's, for a select). */
    public String value(String css) {
        return find(css).getDomProperty("value");
    }

    public Browser type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** A date input's value, set as the page would submit it: the picker's typed order depends on the browser's locale. */
    public Browser date(String css, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(css), isoDate);
        return this;
    }

    /** Submits the page's form, as pressing its button does, and waits for the next page. */
    public Browser submit(String formCss) {
        return navigateBy(() -> find(formCss + " button[type=submit]").click());
    }

    /** Follows a link, and waits for the next page. */
    public Browser click(String linkText) {
        return navigateBy(() -> driver.findElement(By.linkText(linkText)).click());
    }

    public Browser click(WebElement link) {
        return navigateBy(link::click);
    }

    /** A click starts a navigation without waiting for it: wait until the old page is gone. */
    private Browser navigateBy(Runnable action) {
        WebElement oldPage = find("html");
        action.run();
        new WebDriverWait(driver, NAVIGATION).until(driver -> isGone(oldPage));
        return this;
    }

    /** Chromedriver reports an element of an unloaded page as stale, or, mid-navigation, as a node outside the document. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    /** Renders the page for screen ({@code screen}) or as it prints ({@code print}). */
    public Browser media(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
        return this;
    }

    /**
     * axe-core's serious and critical violations on the page as it is now, run in this chromium: one line
     * each, naming the rule and the first elements that break it.
     */
    public List<String> seriousViolations() {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + path() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream().filter(rule -> SERIOUS.contains(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at " + rule.getNodes().stream()
                        .limit(4).map(node -> node.getTarget() + " " + node.getHtml()).toList())
                .toList();
    }

    /** Fails, naming each, when axe-core finds a serious or critical violation on the page as it is now. */
    public Browser accessible(String what) {
        assertThat(seriousViolations()).as("axe-core's serious and critical violations on " + what + " (" + path() + ")").isEmpty();
        return this;
    }

    public Path screenshot(String name) {
        return save(name + ".png", driver.getScreenshotAs(OutputType.BYTES));
    }

    public Path printToPdf(String name) {
        return save(name + ".pdf", Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent()));
    }

    private static Path save(String file, byte[] content) {
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
