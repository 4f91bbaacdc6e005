package org.citycoop.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A bar or line chart drawn in the browser by chart.js ({@code frontend/components/citycoop-chart.js},
 * DD010). The data goes to the element as one JSON property, never as script text; chart.js is
 * bundled with the application, so nothing is loaded from elsewhere. A chart is a picture: show
 * its figures beside it in a table and offer them as CSV ({@link CsvDownload}).
 */
@Tag("citycoop-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/citycoop-chart.js")
public class Chart extends Component implements HasSize {

    public Chart(ChartData data) {
        setData(data);
    }

    public void setData(ChartData data) {
        getElement().setPropertyBean("data", data);
    }
}
