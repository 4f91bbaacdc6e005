package org.citycoop.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.stream.Collectors;
import org.citycoop.BrowserSession;
import org.junit.jupiter.api.Test;

/**
 * The second contrast check (DD036) can fail: on a page where a header drawn over every text, so that
 * axe-core cannot decide any of them (as under Vaadin's navbar), it fails the faint text and the text on the dark end of a
 * gradient, and passes the dark text and the light text on a background drawn inside a shadow root.
 */
class EffectiveContrastTest {

    private static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><title>Contrast</title><style>
              body { margin: 0; font: 16px sans-serif; background: #fff; }
              /* absolute, not fixed: axe looks past a fixed header on a plain page */
              header { position: absolute; top: 0; left: 0; width: 600px; height: 400px; z-index: 1; background: #fff; }
            </style></head><body>
            <header><p style="margin: 0; padding: 8px; color: #222; border-bottom: 1px solid #222">A fixed header</p></header>
            <main>
              <p id="faint" style="color: #aaa">Faint grey text on white</p>
              <p id="dark" style="color: #222">Dark text on white</p>
              <button id="off" disabled style="color: #ccc; background: #fff">A disabled button</button>
              <div id="host"><span id="on-dark" style="color: #eee">Light text on the host's dark inside</span></div>
              <div style="background-image: linear-gradient(#fff, #777)"><span id="on-gradient" style="color: #555">Text on a gradient</span></div>
            </main>
            <script>
              document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML =
                  '<div style="background: #123; padding: 4px"><slot></slot></div>';
            </script>
            </body></html>
            """;

    @Test
    void failsLowContrastThatAxeCannotDecideAndPassesTheRest() {
        try (BrowserSession browser = new BrowserSession("http://localhost")) {
            Page page = browser.newPage(1280, 800);
            page.setContent(PAGE);

            AxeScan.Result result = AxeScan.of(page);

            Map<String, String> verdictOf = result.contrast().stream()
                    .collect(Collectors.toMap(EffectiveContrast.Judgement::target, EffectiveContrast.Judgement::verdict));
            assertThat(result.violations()).as("axe decides none of the covered texts").noneMatch(f -> f.rule().equals("color-contrast"));
            assertThat(verdictOf).containsEntry("[\"#faint\"]", "fail")
                    .containsEntry("[\"#on-gradient\"]", "fail")
                    .containsEntry("[\"#dark\"]", "pass")
                    .containsEntry("[\"#on-dark\"]", "pass");
            assertThat(verdictOf.getOrDefault("[\"#off\"]", "exempt")).as("the disabled button, if axe hands it over").isEqualTo("exempt");
            EffectiveContrast.Judgement faint = result.contrast().stream().filter(j -> j.target().contains("#faint")).findFirst().orElseThrow();
            assertThat(faint.ratio()).isEqualTo(2.32);
            assertThat(faint.required()).isEqualTo(4.5);
        }
    }
}
