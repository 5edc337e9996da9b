// The ECharts build the default theme ships: only the chart types and components its pages use
// (site.js: bar, line, pie and treemap charts; tooltip, legend with scrolling, grid, aria with
// decal patterns; the SVG renderer). scripts/install-deps.sh bundles it with esbuild into
// node_modules/.budgetsite/echarts.min.js, which theme.yaml publishes as assets/vendor/echarts.min.js.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, TreemapChart, AriaComponent, GridComponent, LegendComponent,
  TooltipComponent, SVGRenderer]);
window.echarts = echarts;
