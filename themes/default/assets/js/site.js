/* budgetsite default theme: progressive enhancement of the generated pages (docs/themes.md).
   Charts from <script type="application/json"> specs (Apache ECharts, global `echarts`),
   sortable tables, home-page filters, search (header box and search.html), print preparation.
   Plain ES2019, no inline code, no eval: works under `script-src 'self'`. Every feature is
   independent; one failing never stops the others. */
(function () {
  'use strict';

  var doc = document;
  var root = doc.documentElement.getAttribute('data-root') || '';

  // The interface's words in the page's language (the catalog's js.* entries, which the page
  // embeds as <script type="application/json" id="site-words">; docs/i18n.md). A word the page
  // lacks shows as its key.
  var WORDS = (function () {
    var node = doc.getElementById('site-words');
    try { return node ? JSON.parse(node.textContent) : {}; } catch (e) { return {}; }
  })();
  function w(key, values) {
    var text = Object.prototype.hasOwnProperty.call(WORDS, key) ? WORDS[key] : key;
    return !values ? text : text.replace(/\{\{(\w+)\}\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }
  var LANG = doc.documentElement.getAttribute('lang') || 'zh-CN';

  /* ---------- Shared helpers ---------- */

  // Okabe–Ito colour-blind-safe palette (black replaced by a grey that works on both themes).
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#7F7F7F'];

  var formatters = {};
  function formatNumber(value, fractionDigits) {
    if (value === null || value === undefined || typeof value !== 'number' || !isFinite(value)) return '—';
    var digits = fractionDigits === undefined ? (Number.isInteger(value) ? 0 : 2) : fractionDigits;
    if (!formatters[digits]) {
      formatters[digits] = new Intl.NumberFormat(LANG, {
        minimumFractionDigits: digits, maximumFractionDigits: digits
      });
    }
    return formatters[digits].format(value);
  }
  // Money (元, 万元, 亿元) always with two decimals, as in the tables; other units as needed.
  function formatIn(value, unit) {
    return formatNumber(value, /(元|yuan)$/.test(unit || '') ? 2 : undefined);
  }
  function withUnit(value, unit) {
    var text = formatIn(value, unit);
    if (text === '—' || !unit) return text;
    return unit === '%' ? text + '%' : text + ' ' + unit;
  }

  function el(tag, attrs, children) {
    var node = doc.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var v = attrs[key];
        if (v === null || v === undefined || v === false) return;
        if (key === 'text') node.textContent = v;
        else if (key === 'className') node.className = v;
        else node.setAttribute(key, v === true ? '' : String(v));
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
    });
    return node;
  }

  function safely(name, fn) {
    try {
      fn();
    } catch (e) {
      if (window.console && console.warn) console.warn('budgetsite: ' + name + ' disabled:', e);
    }
  }

  function cssVar(name, fallback) {
    var v = getComputedStyle(doc.documentElement).getPropertyValue(name);
    return v && v.trim() ? v.trim() : fallback;
  }

  // Black or white, whichever contrasts more with a #rrggbb fill.
  function labelColourOn(hex) {
    var m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex || '');
    if (!m) return '#000000';
    var lum = [m[1], m[2], m[3]].map(function (h) {
      var c = parseInt(h, 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var L = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2];
    return (L + 0.05) / 0.05 >= 1.05 / (L + 0.05) ? '#000000' : '#ffffff';
  }

  /* ---------- Charts ---------- */

  var charts = [];   // {canvas, chart, spec, state, render()}

  function isNumberOrNull(v) { return v === null || (typeof v === 'number' && isFinite(v)); }

  // Returns a message if the spec cannot be drawn, otherwise null.
  function specProblem(spec) {
    if (!spec || typeof spec !== 'object') return w('spec_not_object');
    var checkTree = function (nodes, depth) {
      if (!Array.isArray(nodes)) return w('spec_data_not_array');
      if (depth > 12) return w('spec_too_deep');
      for (var i = 0; i < nodes.length; i++) {
        var n = nodes[i];
        if (!n || typeof n.name !== 'string' || !isNumberOrNull(n.value)) return w('spec_item_incomplete', { n: i + 1 });
        if (n.children !== undefined) {
          var p = checkTree(n.children, depth + 1);
          if (p) return p;
        }
      }
      return null;
    };
    switch (spec.type) {
      case 'tree':
      case 'pie':
        return checkTree(spec.data, 0);
      case 'bar':
      case 'line': {
        if (!Array.isArray(spec.categories) || !Array.isArray(spec.series) || !spec.series.length) return w('spec_no_series');
        for (var s = 0; s < spec.series.length; s++) {
          var series = spec.series[s];
          if (!series || !Array.isArray(series.values) || series.values.length !== spec.categories.length ||
              !series.values.every(isNumberOrNull)) return w('spec_series_mismatch', { n: s + 1 });
        }
        return null;
      }
      default:
        return w('spec_unknown_type');
    }
  }

  function showChartMessage(canvas, text) {
    if (window.console && console.warn) console.warn('budgetsite: chart ' + (canvas.getAttribute('data-chart') || '') + ': ' + text);
    canvas.classList.add('is-failed');
    canvas.classList.remove('is-ready');
    canvas.removeAttribute('role');
    canvas.textContent = '';
    canvas.appendChild(el('p', { className: 'chart-message', text: text }));
  }

  function commonOption(ctx) {
    return {
      animation: !ctx.reducedMotion,
      color: PALETTE,
      textStyle: { fontFamily: ctx.font, color: ctx.text },
      aria: {
        enabled: true,
        label: ctx.label ? { enabled: true, description: ctx.label } : { enabled: true },
        decal: { show: true }
      },
      tooltip: {
        confine: true,
        textStyle: { fontFamily: ctx.font },
        valueFormatter: function (v) { return withUnit(typeof v === 'number' ? v : null, ctx.unit); }
      }
    };
  }

  function legendOption(ctx, names) {
    return {
      show: names.length > 1,
      type: 'scroll',
      top: 0,
      left: 'center',
      textStyle: { color: ctx.text },
      pageTextStyle: { color: ctx.text }
    };
  }

  function axisStyle(ctx) {
    return {
      axisLabel: { color: ctx.muted },
      axisLine: { lineStyle: { color: ctx.border } },
      splitLine: { lineStyle: { color: ctx.grid } },
      nameTextStyle: { color: ctx.muted }
    };
  }

  function valueAxis(ctx, spec) {
    var axis = Object.assign({ type: 'value', name: spec.percent || spec.unit === '%' ? '' : spec.unit || '' }, axisStyle(ctx));
    axis.axisLabel = Object.assign({}, axis.axisLabel, {
      formatter: function (v) { return spec.percent || spec.unit === '%' ? formatNumber(v) + '%' : formatNumber(v); }
    });
    if (spec.percent) { axis.max = 100; axis.min = 0; }
    return axis;
  }

  function categoryAxis(ctx, spec, horizontal) {
    var axis = Object.assign({ type: 'category', data: spec.categories }, axisStyle(ctx));
    axis.axisLabel = Object.assign({}, axis.axisLabel, horizontal
      ? { width: ctx.narrow ? 84 : 160, overflow: 'truncate' }
      : { interval: 0, hideOverlap: true, width: ctx.narrow ? 64 : 110, overflow: 'break' });
    if (horizontal) axis.inverse = true;   // first category on top, as in the table
    return axis;
  }

  function barOption(spec, ctx) {
    var horizontal = !!spec.horizontal;
    var stacked = !!(spec.stack || spec.percent);
    var names = spec.series.map(function (s) { return String(s.name); });
    var option = commonOption(ctx);
    option.legend = legendOption(ctx, names);
    option.tooltip.trigger = 'axis';
    option.tooltip.axisPointer = { type: 'shadow' };
    option.grid = { left: 8, right: 16, top: names.length > 1 ? 40 : 28, bottom: 8 };
    option[horizontal ? 'yAxis' : 'xAxis'] = categoryAxis(ctx, spec, horizontal);
    option[horizontal ? 'xAxis' : 'yAxis'] = valueAxis(ctx, spec);
    option.series = spec.series.map(function (s) {
      return {
        type: 'bar', name: String(s.name), data: s.values.slice(),
        stack: stacked ? 'total' : undefined,
        barMaxWidth: 48,
        emphasis: { focus: 'series' }
      };
    });
    return option;
  }

  function lineOption(spec, ctx) {
    var names = spec.series.map(function (s) { return String(s.name); });
    var option = commonOption(ctx);
    option.legend = legendOption(ctx, names);
    option.tooltip.trigger = 'axis';
    option.grid = { left: 8, right: 24, top: names.length > 1 ? 40 : 28, bottom: 8 };
    option.xAxis = categoryAxis(ctx, spec, false);
    option.xAxis.boundaryGap = spec.categories.length < 3;
    option.yAxis = valueAxis(ctx, spec);
    option.series = spec.series.map(function (s, i) {
      return {
        type: 'line', name: String(s.name), data: s.values.slice(),
        symbol: ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'][i % 7],
        symbolSize: 8, showSymbol: true, connectNulls: false,
        lineStyle: { width: 2.5, type: i % 3 === 1 ? 'dashed' : i % 3 === 2 ? 'dotted' : 'solid' }
      };
    });
    return option;
  }

  function drawable(nodes) {
    return (nodes || []).filter(function (n) { return typeof n.value === 'number' && n.value > 0; });
  }

  function pieOption(spec, ctx) {
    var data = drawable(spec.data).map(function (n, i) {
      var colour = PALETTE[i % PALETTE.length];
      return { name: n.name, value: n.value, itemStyle: { color: colour } };
    });
    var option = commonOption(ctx);
    option.legend = Object.assign(legendOption(ctx, data), { top: 'auto', bottom: 0 });
    option.tooltip.trigger = 'item';
    option.tooltip.formatter = function (p) {
      return escapeHtml(p.name) + '<br>' + withUnit(p.value, spec.unit) + '（' + formatNumber(p.percent, 1) + '%）';
    };
    option.series = [{
      type: 'pie',
      radius: ctx.narrow ? ['32%', '58%'] : ['40%', '68%'],
      center: ['50%', data.length > 1 ? '46%' : '50%'],
      avoidLabelOverlap: true,
      minShowLabelAngle: 4,
      itemStyle: { borderColor: ctx.bg, borderWidth: 2 },
      label: {
        color: ctx.text,
        formatter: function (p) { return p.name + '\n' + formatNumber(p.percent, 1) + '%'; },
        width: ctx.narrow ? 80 : 140, overflow: 'break'
      },
      labelLine: { lineStyle: { color: ctx.muted } },
      data: data
    }];
    return option;
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // Treemap of the current node's children; drilling re-renders with a deeper node.
  function treeOption(spec, ctx, state) {
    var current = state.path[state.path.length - 1];
    var total = drawable(current.children).reduce(function (sum, n) { return sum + n.value; }, 0);
    var data = drawable(current.children).map(function (n, i) {
      var colour = PALETTE[i % PALETTE.length];
      return {
        name: n.name,
        value: n.value,
        index: i,
        drill: Array.isArray(n.children) && drawable(n.children).length > 0,
        itemStyle: { color: colour },
        // A solid box behind the text (rich text) keeps it legible over the decal pattern.
        label: { rich: { box: { color: labelColourOn(colour), backgroundColor: colour, padding: [2, 4], borderRadius: 3, lineHeight: 20 } } }
      };
    });
    var option = commonOption(ctx);
    option.tooltip.formatter = function (p) {
      var share = total > 0 ? w('chart_share', { share: formatNumber(p.value / total * 100, 1) }) : '';
      var hint = p.data && p.data.drill ? '<br>' + escapeHtml(w('chart_drill_hint')) : '';
      return escapeHtml(p.name) + '<br>' + withUnit(p.value, spec.unit) + share + hint;
    };
    option.series = [{
      type: 'treemap',
      name: current.name,
      data: data,
      roam: false,
      nodeClick: false,
      breadcrumb: { show: false },
      top: 4, left: 4, right: 4, bottom: 4,
      squareRatio: 0.5 * (1 + Math.sqrt(5)),
      itemStyle: { borderColor: ctx.bg, borderWidth: 2, gapWidth: 2 },
      label: {
        show: true,
        position: 'inside',
        align: 'center',
        verticalAlign: 'middle',
        overflow: 'truncate',
        formatter: function (p) {
          var text = function (t) { return '{box|' + String(t).replace(/[{}|]/g, ' ') + '}'; };
          return text(p.name) + '\n' + text(formatIn(p.value, spec.unit));
        },
        fontSize: ctx.narrow ? 11 : 13
      },
      emphasis: { itemStyle: { borderColor: ctx.text } }
    }];
    return option;
  }

  function renderDrillControls(entry, focusWhat) {
    var state = entry.state;
    var box = state.controls;
    var current = state.path[state.path.length - 1];
    box.textContent = '';

    var pathLine = el('p', { className: 'chart-drill-path', 'aria-live': 'polite' }, [w('chart_level')]);
    state.path.forEach(function (node, depth) {
      var isLast = depth === state.path.length - 1;
      if (depth > 0) pathLine.appendChild(el('span', { 'aria-hidden': 'true', text: '›' }));
      if (isLast) {
        pathLine.appendChild(el('strong', { text: node.name }));
      } else {
        var up = el('button', { type: 'button', className: 'drill-crumb', text: node.name });
        up.addEventListener('click', function () { drillTo(entry, depth); });
        pathLine.appendChild(up);
      }
    });
    box.appendChild(pathLine);

    var list = el('ul', { className: 'chart-drill-buttons', 'aria-label': w('chart_drill_down') });
    if (state.path.length > 1) {
      var back = el('button', { type: 'button', className: 'drill-up', text: w('chart_drill_up') });
      back.addEventListener('click', function () { drillTo(entry, state.path.length - 2); });
      list.appendChild(el('li', null, [back]));
    }
    var drillable = drawable(current.children).filter(function (n) {
      return Array.isArray(n.children) && drawable(n.children).length > 0;
    });
    drillable.forEach(function (child) {
      var b = el('button', { type: 'button', className: 'drill-down' }, [
        w('chart_see', { name: child.name }),
        el('span', { className: 'num', text: withUnit(child.value, entry.spec.unit) })
      ]);
      b.addEventListener('click', function () { drillInto(entry, child); });
      list.appendChild(el('li', null, [b]));
    });
    if (list.children.length) box.appendChild(list);

    var target = null;
    if (focusWhat === 'back') target = box.querySelector('.drill-up') || box.querySelector('.drill-down');
    else if (focusWhat && focusWhat.name) {
      target = Array.prototype.find.call(box.querySelectorAll('.drill-down'), function (b) {
        return b.firstChild && b.firstChild.nodeValue === w('chart_see', { name: focusWhat.name });
      }) || null;
    }
    if (target) target.focus();
  }

  function drillInto(entry, node) {
    if (!node || !Array.isArray(node.children) || !drawable(node.children).length) return;
    entry.state.path.push(node);
    entry.render(true);
    renderDrillControls(entry, entry.state.viaKeyboard ? 'back' : null);
  }

  function drillTo(entry, depth) {
    var leaving = entry.state.path[depth + 1];
    entry.state.path = entry.state.path.slice(0, depth + 1);
    entry.render(true);
    renderDrillControls(entry, leaving);
  }

  function chartContext(canvas, spec) {
    var body = getComputedStyle(doc.body);
    return {
      unit: spec.unit || '',
      label: canvas.getAttribute('aria-label') || '',
      font: body.fontFamily,
      text: cssVar('--text', '#1f2328'),
      muted: cssVar('--text-muted', '#555f6b'),
      border: cssVar('--border-strong', '#8c959f'),
      grid: cssVar('--border', '#d0d7de'),
      bg: cssVar('--bg', '#ffffff'),
      narrow: canvas.clientWidth > 0 && canvas.clientWidth < 480,
      reducedMotion: window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches
    };
  }

  var builders = { bar: barOption, line: lineOption, pie: pieOption, tree: treeOption };

  function setupChart(canvas) {
    var id = canvas.getAttribute('data-chart');
    var source = id ? doc.getElementById(id) : null;
    if (!source) { showChartMessage(canvas, w('chart_no_data')); return; }
    var spec;
    try {
      spec = JSON.parse(source.textContent);
    } catch (e) {
      showChartMessage(canvas, w('chart_bad_data'));
      return;
    }
    var problem = specProblem(spec);
    if (problem) {
      showChartMessage(canvas, w('chart_bad_data_why', { problem: problem }));
      return;
    }
    if (spec.type === 'pie' && !drawable(spec.data).length || spec.type === 'tree' && !drawable(spec.data).length) {
      showChartMessage(canvas, w('chart_nothing'));
      return;
    }

    if (spec.type === 'tree') canvas.classList.add('chart-tall');
    // Horizontal bars get the height their rows need (about 26 px a bar).
    if (spec.type === 'bar' && spec.horizontal && spec.categories.length > 10)
      canvas.style.height = Math.max(320, 26 * spec.categories.length + 60) + 'px';
    canvas.classList.add('is-ready');
    var chart = echarts.init(canvas, null, { renderer: 'svg', locale: 'ZH' });
    var entry = { canvas: canvas, chart: chart, spec: spec, state: null, narrow: null };
    entry.render = function (replace) {
      var ctx = chartContext(canvas, spec);
      entry.narrow = ctx.narrow;
      chart.setOption(builders[spec.type](spec, ctx, entry.state), { notMerge: !!replace });
    };

    if (spec.type === 'tree') {
      entry.state = {
        path: [{ name: w('chart_all'), value: null, children: spec.data }],
        controls: el('div', { className: 'chart-drill' }),
        viaKeyboard: false
      };
      canvas.parentNode.insertBefore(entry.state.controls, canvas.nextSibling);
      entry.state.controls.addEventListener('keydown', function () { entry.state.viaKeyboard = true; });
      entry.state.controls.addEventListener('pointerdown', function () { entry.state.viaKeyboard = false; });
      chart.on('click', function (params) {
        var current = entry.state.path[entry.state.path.length - 1];
        var children = drawable(current.children);
        var node = params.data && typeof params.data.index === 'number' ? children[params.data.index]
          : children.filter(function (n) { return n.name === params.name; })[0];
        entry.state.viaKeyboard = false;
        drillInto(entry, node);
      });
      entry.render(true);
      renderDrillControls(entry, null);
    } else {
      entry.render(true);
    }
    charts.push(entry);
  }

  function resizeCharts() {
    charts.forEach(function (entry) {
      safely('chart resize', function () {
        var narrow = entry.canvas.clientWidth > 0 && entry.canvas.clientWidth < 480;
        if (narrow !== entry.narrow) entry.render(true);
        entry.chart.resize();
      });
    });
  }

  // ECharts is loaded when the first chart comes near the screen (<html data-echarts="src">),
  // not with the page: most readers of a phone page never reach a chart. A page that loads
  // echarts itself (a <script> before site.js) draws at once.
  var echartsWaiters = null;
  function withEcharts(done) {
    if (window.echarts && window.echarts.init) { done(true); return; }
    var src = doc.documentElement.getAttribute('data-echarts');
    if (!src) { done(false); return; }
    if (echartsWaiters) { echartsWaiters.push(done); return; }
    echartsWaiters = [done];
    loadScript(src, function () {
      var waiting = echartsWaiters;
      echartsWaiters = null;
      var ok = !!(window.echarts && window.echarts.init);
      waiting.forEach(function (w) { safely('charts', function () { w(ok); }); });
    });
  }

  function initCharts() {
    var canvases = doc.querySelectorAll('.chart-canvas[data-chart]');
    if (!canvases.length) return;
    var drawNow = function (canvas) {
      if (canvas.getAttribute('data-chart-drawn')) return;
      canvas.setAttribute('data-chart-drawn', 'true');
      try {
        setupChart(canvas);
      } catch (e) {
        if (window.console && console.warn) console.warn('budgetsite: chart failed:', e);
        safely('chart cleanup', function () {
          var inst = echarts.getInstanceByDom(canvas);
          if (inst) inst.dispose();
        });
        showChartMessage(canvas, w('chart_failed'));
      }
    };
    var draw = function (canvas) {
      if (canvas.getAttribute('data-chart-drawn')) return;
      withEcharts(function (ok) {
        if (ok) drawNow(canvas);
        else if (!canvas.getAttribute('data-chart-drawn')) {
          canvas.setAttribute('data-chart-drawn', 'false');
          showChartMessage(canvas, w('chart_no_script'));
        }
      });
    };
    // Charts are drawn when they come near the screen (a phone shows one at a time); printing
    // draws every one first.
    if ('IntersectionObserver' in window) {
      var observer = new IntersectionObserver(function (seen) {
        seen.forEach(function (entry) {
          if (!entry.isIntersecting) return;
          observer.unobserve(entry.target);
          draw(entry.target);
        });
      }, { rootMargin: '600px 0px' });
      Array.prototype.forEach.call(canvases, function (canvas) { observer.observe(canvas); });
      window.addEventListener('beforeprint', function () { Array.prototype.forEach.call(canvases, draw); });
    } else {
      Array.prototype.forEach.call(canvases, draw);
    }
    var timer = null;
    window.addEventListener('resize', function () {
      clearTimeout(timer);
      timer = setTimeout(resizeCharts, 120);
    });
    if (window.matchMedia) {
      var dark = window.matchMedia('(prefers-color-scheme: dark)');
      var rerender = function () { charts.forEach(function (e) { safely('chart theme', function () { e.render(true); }); }); };
      if (dark.addEventListener) dark.addEventListener('change', rerender);
    }
  }

  /* ---------- Sortable tables ---------- */

  var collator = typeof Intl !== 'undefined' && Intl.Collator ? new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' }) : null;

  // The cell of `row` covering column `col`, accounting for colspan.
  function cellAt(row, col) {
    var pos = 0;
    for (var i = 0; i < row.cells.length; i++) {
      var span = row.cells[i].colSpan || 1;
      if (col < pos + span) return row.cells[i];
      pos += span;
    }
    return null;
  }
  function columnOf(th) {
    var col = 0;
    var row = th.parentNode;
    for (var i = 0; i < row.cells.length && row.cells[i] !== th; i++) col += row.cells[i].colSpan || 1;
    return col;
  }

  function sortKey(cell, kind) {
    if (!cell) return null;
    if (kind === 'number') {
      var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent.replace(/[,\s，]/g, '');
      if (raw === null || raw.trim() === '') return null;
      var n = Number(raw);
      return isFinite(n) ? n : null;
    }
    var text = (cell.getAttribute('data-value') || cell.textContent).trim();
    return text === '' ? null : text;
  }

  function sortTable(table, th, direction) {
    var kind = th.getAttribute('data-sort') === 'number' ? 'number' : 'text';
    var col = columnOf(th);
    Array.prototype.forEach.call(table.tBodies, function (tbody) {
      var rows = Array.prototype.slice.call(tbody.rows);
      var movable = rows.filter(function (r) { return !r.classList.contains('total'); });
      var pinned = rows.filter(function (r) { return r.classList.contains('total'); });
      var keyed = movable.map(function (row, index) {
        if (!row.hasAttribute('data-original-index')) row.setAttribute('data-original-index', String(index));
        return { row: row, key: sortKey(cellAt(row, col), kind), index: Number(row.getAttribute('data-original-index')) };
      });
      keyed.sort(function (a, b) {
        if (a.key === null && b.key === null) return a.index - b.index;
        if (a.key === null) return 1;    // no figure: always last
        if (b.key === null) return -1;
        var c = kind === 'number' ? a.key - b.key : (collator ? collator.compare(a.key, b.key) : (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        if (c === 0) return a.index - b.index;
        return direction === 'ascending' ? c : -c;
      });
      var frag = doc.createDocumentFragment();
      keyed.forEach(function (k) { frag.appendChild(k.row); });
      pinned.forEach(function (r) { frag.appendChild(r); });
      tbody.appendChild(frag);
    });
    Array.prototype.forEach.call(table.querySelectorAll('th[aria-sort]'), function (other) {
      if (other !== th) other.removeAttribute('aria-sort');
    });
    th.setAttribute('aria-sort', direction);
    var status = table.parentNode.querySelector('.sort-status');
    if (status) status.textContent = w(direction === 'ascending' ? 'sorted_ascending' : 'sorted_descending', { column: th.textContent.trim() });
  }

  function initSortableTables() {
    Array.prototype.forEach.call(doc.querySelectorAll('table.sortable'), function (table) {
      if (!table.tHead || table.getAttribute('data-sort-ready')) return;
      table.setAttribute('data-sort-ready', '1');
      var status = el('p', { className: 'sort-status visually-hidden', 'aria-live': 'polite' });
      table.parentNode.insertBefore(status, table.nextSibling);
      Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-sort]'), function (th) {
        var button = el('button', { type: 'button', className: 'sort-button' });
        while (th.firstChild) button.appendChild(th.firstChild);
        th.appendChild(button);
        th.classList.add('has-sort-button');
        button.addEventListener('click', function () {
          var now = th.getAttribute('aria-sort');
          var first = th.getAttribute('data-sort') === 'number' ? 'descending' : 'ascending';
          var next = now === 'ascending' ? 'descending' : now === 'descending' ? 'ascending' : first;
          sortTable(table, th, next);
        });
      });
    });
  }

  /* ---------- Long rankings: the first and last ten, then "show all" ---------- */

  function initLongRankings() {
    Array.prototype.forEach.call(doc.querySelectorAll('table.long-ranking'), function (table) {
      var hidden = table.querySelectorAll('tr.rank-middle').length;
      if (!hidden) return;
      table.classList.add('is-collapsed');
      var button = el('button', { type: 'button', className: 'show-all',
                                  text: w('show_all_members', { count: table.getAttribute('data-members'), hidden: hidden }) });
      var showAll = function () {
        table.classList.remove('is-collapsed');
        if (button.parentNode) button.parentNode.removeChild(button);
      };
      button.addEventListener('click', showAll);
      // Sorting by another column shows every member.
      Array.prototype.forEach.call(table.querySelectorAll('.sort-button'), function (b) { b.addEventListener('click', showAll); });
      var box = table.parentNode;
      box.parentNode.insertBefore(button, box.nextSibling);
    });
  }

  /* ---------- Filters (home page) ---------- */

  function initFilters() {
    Array.prototype.forEach.call(doc.querySelectorAll('.filters[data-filter-target]'), function (box) {
      var list = doc.getElementById(box.getAttribute('data-filter-target'));
      if (!list) return;
      var selects = Array.prototype.slice.call(box.querySelectorAll('select[data-filter-key]'));
      var items = Array.prototype.slice.call(list.children);
      var count = box.querySelector('.filter-count');
      var params = new URLSearchParams(window.location.search);
      selects.forEach(function (s) {
        var wanted = params.get(s.getAttribute('data-filter-key'));
        if (wanted !== null && Array.prototype.some.call(s.options, function (o) { return o.value === wanted; })) s.value = wanted;
      });
      var apply = function (updateUrl) {
        var shown = 0;
        items.forEach(function (item) {
          var ok = selects.every(function (s) {
            return s.value === '' || item.getAttribute('data-' + s.getAttribute('data-filter-key')) === s.value;
          });
          item.hidden = !ok;
          if (ok) shown++;
        });
        if (count) {
          count.textContent = shown === items.length ? w('filter_all', { total: items.length })
            : shown === 0 ? w('filter_none', { total: items.length })
            : w('filter_some', { shown: shown, total: items.length });
        }
        if (updateUrl && window.history && history.replaceState) {
          safely('filter URL', function () {
            var p = new URLSearchParams(window.location.search);
            selects.forEach(function (s) {
              var key = s.getAttribute('data-filter-key');
              if (s.value) p.set(key, s.value); else p.delete(key);
            });
            var qs = p.toString();
            history.replaceState(null, '', window.location.pathname + (qs ? '?' + qs : '') + window.location.hash);
          });
        }
      };
      selects.forEach(function (s) { s.addEventListener('change', function () { apply(true); }); });
      apply(false);
    });
  }

  /* ---------- Search ---------- */

  function normalise(s) {
    var t = String(s || '');
    if (t.normalize) t = t.normalize('NFKC');
    return t.toLowerCase().replace(/\s+/g, ' ').trim();
  }

  // The index is made of scripts (fetch() does not work from disk), loaded on first use: when
  // the search box is focused or typed in, or on search.html — not with every page. A site
  // built by budgetsite (<html data-search="sharded">) splits it (docs/themes.md): a small
  // assets/search/index.js with how many entries hold each character, posting shards
  // p<N>.js and entry chunks e<N>.js; a query loads the shards of its two rarest characters
  // and the chunks of the entries holding both. Other pages may ship the whole index as
  // assets/search-index.js (window.BUDGETSITE_SEARCH_INDEX).
  var sharded = doc.documentElement.getAttribute('data-search') === 'sharded';

  function loadScript(src, done) {
    var script = doc.createElement('script');
    script.src = src;
    script.onload = done;
    script.onerror = done;
    doc.head.appendChild(script);
  }

  var parts = window.BUDGETSITE_SEARCH_PARTS = window.BUDGETSITE_SEARCH_PARTS || {};
  var partWaiters = {};
  function loadPart(name, done) {
    if (parts[name] !== undefined) { done(parts[name]); return; }
    if (partWaiters[name]) { partWaiters[name].push(done); return; }
    partWaiters[name] = [done];
    loadScript(root + 'assets/search/' + name + '.js', function () {
      var waiting = partWaiters[name] || [];
      delete partWaiters[name];
      if (parts[name] === undefined) parts[name] = null;
      waiting.forEach(function (w) { safely('search index', function () { w(parts[name]); }); });
    });
  }
  function loadParts(names, done) {
    var left = names.length;
    if (!left) { done(); return; }
    names.forEach(function (n) { loadPart(n, function () { if (--left === 0) done(); }); });
  }

  var wholeWaiters = null;
  function loadWholeIndex(done) {
    if (window.BUDGETSITE_SEARCH_INDEX) { done(); return; }
    if (wholeWaiters) { wholeWaiters.push(done); return; }
    wholeWaiters = [done];
    loadScript(root + 'assets/search-index.js', function () {
      var waiting = wholeWaiters;
      wholeWaiters = null;
      waiting.forEach(function (w) { safely('search index', w); });
    });
  }

  // Starts loading what any query needs (the box is focused).
  function prepareSearch() {
    if (sharded) loadPart('index', function () {});
    else loadWholeIndex(function () {});
  }

  function prepared(e, order) {
    return { entry: e, title: normalise(e.t), detail: normalise(e.d),
             keys: Array.isArray(e.k) ? e.k.map(normalise) : [], order: order };
  }
  function usable(e) { return e && typeof e.t === 'string' && typeof e.u === 'string'; }

  var wholeEntries = null;
  function wholeIndexEntries() {
    if (wholeEntries) return wholeEntries;
    var index = window.BUDGETSITE_SEARCH_INDEX;
    if (!index || !Array.isArray(index.entries)) return null;
    wholeEntries = index.entries.filter(usable).map(prepared);
    return wholeEntries;
  }

  // Ranked matches: title prefix > title substring > all words in the title > words in title+detail.
  function rankMatches(entries, q, limit) {
    var words = q.split(' ');
    var hits = [];
    entries.forEach(function (x) {
      var rank;
      // Keywords: short forms of department names (工信) and areas without 市/县/区 (柳林).
      var keyed = function (w) { return x.keys.some(function (k) { return k.indexOf(w) === 0; }); };
      if (x.title.indexOf(q) === 0) rank = 0;
      else if (x.title.indexOf(q) > 0 || keyed(q)) rank = 1;
      else if (words.every(function (w) { return x.title.indexOf(w) >= 0 || keyed(w); })) rank = 2;
      else if (words.every(function (w) { return x.title.indexOf(w) >= 0 || keyed(w) || x.detail.indexOf(w) >= 0; })) rank = 3;
      else return;
      hits.push({ rank: rank, x: x });
    });
    hits.sort(function (a, b) {
      return a.rank - b.rank || a.x.title.length - b.x.title.length || a.x.order - b.x.order;
    });
    return hits.slice(0, limit).map(function (h) { return h.x.entry; });
  }

  var kMaxCandidates = 5000;

  function shardedSearch(q, limit, done) {
    loadPart('index', function (index) {
      if (!index || !index.df || !(index.shards > 0) || !(index.chunk > 0)) { done(null); return; }
      var seen = {};
      var chars = Array.from(q.replace(/ /g, '')).filter(function (c) { return seen[c] ? false : (seen[c] = true); });
      var counted = chars.map(function (c) { return { c: c, n: index.df[c] || 0 }; });
      if (!counted.length || counted.some(function (k) { return k.n === 0; })) { done([]); return; }
      counted.sort(function (a, b) { return a.n - b.n; });
      var rarest = counted.slice(0, 2);
      var shardOf = function (c) { return 'p' + (c.codePointAt(0) % index.shards); };
      var shardNames = rarest.map(function (k) { return shardOf(k.c); })
        .filter(function (n, i, all) { return all.indexOf(n) === i; });
      loadParts(shardNames, function () {
        var lists = rarest.map(function (k) {
          var deltas = (parts[shardOf(k.c)] || {})[k.c] || [];
          var ids = [], at = 0;
          deltas.forEach(function (d, i) { at = i ? at + d : d; ids.push(at); });
          return ids;
        });
        var ids = lists[0];
        if (lists.length > 1) {
          var other = {};
          lists[1].forEach(function (id) { other[id] = true; });
          ids = ids.filter(function (id) { return other[id]; });
        }
        ids = ids.slice(0, kMaxCandidates);
        var chunkOf = function (id) { return 'e' + Math.floor(id / index.chunk); };
        var chunkNames = ids.map(chunkOf).filter(function (n, i, all) { return all.indexOf(n) === i; });
        loadParts(chunkNames, function () {
          var entries = [];
          ids.forEach(function (id) {
            var e = (parts[chunkOf(id)] || [])[id % index.chunk];
            if (usable(e)) entries.push(prepared(e, id));
          });
          done(rankMatches(entries, q, limit));
        });
      });
    });
  }

  // Calls done(matches) — null when the index could not be loaded. May answer at once.
  function findMatches(query, limit, done) {
    var q = normalise(query);
    if (!q) { done([]); return; }
    if (sharded) { shardedSearch(q, limit, done); return; }
    loadWholeIndex(function () {
      var entries = wholeIndexEntries();
      done(entries ? rankMatches(entries, q, limit) : null);
    });
  }

  function highlighted(text, query) {
    var frag = doc.createDocumentFragment();
    var lower = text.toLowerCase();
    var q = String(query || '').trim().toLowerCase();
    var at = q ? lower.indexOf(q) : -1;
    if (at < 0) { frag.appendChild(doc.createTextNode(text)); return frag; }
    frag.appendChild(doc.createTextNode(text.slice(0, at)));
    frag.appendChild(el('mark', { text: text.slice(at, at + q.length) }));
    frag.appendChild(doc.createTextNode(text.slice(at + q.length)));
    return frag;
  }

  function entryHref(entry) { return root + entry.u; }

  function initSearchBox(form) {
    var input = form.querySelector('input[type="search"]');
    var list = form.querySelector('.search-results');
    if (!input || !list) return;
    var results = [];
    var active = -1;
    var idBase = list.id || 'site-search-results';
    list.id = idBase;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', idBase);
    input.setAttribute('aria-expanded', 'false');
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', w('search_suggestions'));

    var close = function () {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };
    var setActive = function (i) {
      var options = list.querySelectorAll('[role="option"][data-href]');
      if (!options.length) return;
      active = (i + options.length) % options.length;
      Array.prototype.forEach.call(options, function (o, j) { o.setAttribute('aria-selected', j === active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', options[active].id);
      if (options[active].scrollIntoView) options[active].scrollIntoView({ block: 'nearest' });
    };
    var asked = 0;
    // Shows the matches for the box's text; `then` runs once they are shown.
    var render = function (then) {
      var q = input.value;
      var ticket = ++asked;
      if (!normalise(q)) { list.textContent = ''; close(); return; }
      findMatches(q, 20, function (found) {
        if (ticket !== asked) return;  // a later keystroke asked again
        list.textContent = '';
        active = -1;
        input.removeAttribute('aria-activedescendant');
        if (!found) { close(); return; }
        results = found;
        if (!results.length) {
          list.appendChild(el('li', { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false', id: idBase + '-none' },
            [el('span', { className: 'search-empty', text: w('search_none_enter', { q: q.trim() }) })]));
        }
        results.forEach(function (entry, i) {
          var link = el('a', { href: entryHref(entry), tabindex: '-1' }, [
            el('span', { className: 'search-category', text: entry.c || w('search_page') }),
            el('span', { className: 'search-title' }, [highlighted(entry.t, q)])
          ]);
          list.appendChild(el('li', { role: 'option', id: idBase + '-' + i, 'aria-selected': 'false', 'data-href': entryHref(entry) }, [link]));
        });
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        if (then) then();
      });
    };

    input.addEventListener('input', function () { render(); });
    input.addEventListener('focus', function () {
      prepareSearch();
      if (normalise(input.value) && list.hidden) render();
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        var down = e.key === 'ArrowDown';
        var move = function () { setActive(active < 0 ? (down ? 0 : -1) : active + (down ? 1 : -1)); };
        if (list.hidden) render(move); else move();
        e.preventDefault();
      } else if (e.key === 'Enter') {
        if (!list.hidden && active >= 0) {
          var option = list.querySelectorAll('[role="option"][data-href]')[active];
          if (option) { e.preventDefault(); window.location.href = option.getAttribute('data-href'); }
        }
      } else if (e.key === 'Escape') {
        if (!list.hidden) { close(); e.preventDefault(); }
        else if (input.value) { input.value = ''; e.preventDefault(); }
      }
    });
    // Keep focus in the input while clicking an option so the click lands.
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    form.addEventListener('focusout', function (e) {
      if (!form.contains(e.relatedTarget)) close();
    });
    doc.addEventListener('click', function (e) { if (!form.contains(e.target)) close(); });
  }

  // search.html: a list of every match for ?q=.
  function initSearchPage() {
    var out = doc.getElementById('search-page-results');
    if (!out) return;
    showSearchPage(out);
  }

  function showSearchPage(out) {
    var summary = doc.querySelector('.search-summary');
    var q = new URLSearchParams(window.location.search).get('q') || '';
    Array.prototype.forEach.call(doc.querySelectorAll('input[type="search"][name="q"]'), function (i) { i.value = q; });
    out.textContent = '';
    var say = function (text) { if (summary) summary.textContent = text; };
    if (!normalise(q)) { say(w('search_prompt')); return; }
    findMatches(q, 500, function (found) {
      if (!found) { say(w('search_no_index')); return; }
      say(found.length ? w('search_found', { q: q.trim(), count: found.length })
                       : w('search_nothing', { q: q.trim() }));
      found.forEach(function (entry) {
        out.appendChild(el('li', null, [
          el('span', { className: 'search-category', text: entry.c || w('search_page') }),
          el('a', { href: entryHref(entry) }, [highlighted(entry.t, q)]),
          entry.d ? el('span', { className: 'search-detail', text: entry.d }) : null
        ]));
      });
    });
    if (doc.title && q) doc.title = q.trim() + ' - ' + doc.title;
  }

  function initSearch() {
    Array.prototype.forEach.call(doc.querySelectorAll('form.site-search'), initSearchBox);
    initSearchPage();
  }

  /* ---------- Folding 类/款/项 rows ---------- */

  // A row's children are the rows after it of a deeper data-level, up to the next row of its own
  // level or above. Rows are shown when every ancestor is unfolded. A table that starts inside a
  // folded <details> (a long one) shows its classes (类) only when opened; short tables show all.
  function refreshFolds(table) {
    var open = [];  // ancestors: { level, expanded }
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var level = Number(row.getAttribute('data-level'));
      while (open.length && open[open.length - 1].level >= level) open.pop();
      var visible = open.every(function (a) { return a.expanded; });
      row.classList.toggle('folded-away', !visible);
      var button = row.querySelector('.fold-toggle');
      if (button) open.push({ level: level, expanded: button.getAttribute('aria-expanded') === 'true' });
    });
  }

  function setAllFolds(table, expanded) {
    Array.prototype.forEach.call(table.querySelectorAll('.fold-toggle'), function (b) {
      b.setAttribute('aria-expanded', expanded ? 'true' : 'false');
    });
    refreshFolds(table);
  }

  function initFolds() {
    Array.prototype.forEach.call(doc.querySelectorAll('table.data-table'), function (table) {
      var body = table.tBodies[0];
      if (!body || !table.querySelector('td.code')) return;
      var rows = Array.prototype.slice.call(body.rows);
      var levels = rows.map(function (r) { return Number(r.getAttribute('data-level')); });
      var folded = !!(table.closest && table.closest('details.table-fold'));
      var parents = 0;
      rows.forEach(function (row, i) {
        var level = levels[i];
        if (!(level >= 1) || !(levels[i + 1] > level)) return;
        var label = row.querySelector('th[scope="row"]');
        if (!label) return;
        parents++;
        var expanded = !(folded && level === 1);
        var button = el('button', { type: 'button', className: 'fold-toggle', 'aria-expanded': expanded ? 'true' : 'false',
                                    'aria-label': w('fold_row', { label: label.textContent.trim() }) });
        button.addEventListener('click', function () {
          button.setAttribute('aria-expanded', button.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
          refreshFolds(table);
        });
        label.insertBefore(button, label.firstChild);
      });
      if (!parents) return;
      var all = el('button', { type: 'button', className: 'fold-all', text: folded ? w('unfold_all') : w('fold_all') });
      all.addEventListener('click', function () {
        var expand = all.textContent === w('unfold_all');
        setAllFolds(table, expand);
        all.textContent = expand ? w('fold_all') : w('unfold_all');
      });
      var box = table.parentNode;
      box.parentNode.insertBefore(el('p', { className: 'fold-tools' }, [all]), box);
      refreshFolds(table);
    });
  }

  // Unfolds the classes above a row hidden by folding.
  function unfoldTo(row) {
    var table = row.closest && row.closest('table');
    if (!table || !row.classList.contains('folded-away')) return false;
    var level = Number(row.getAttribute('data-level'));
    for (var r = row.previousElementSibling; r && level > 1; r = r.previousElementSibling) {
      var l = Number(r.getAttribute('data-level'));
      if (l < level) {
        var b = r.querySelector('.fold-toggle');
        if (b) b.setAttribute('aria-expanded', 'true');
        level = l;
      }
    }
    refreshFolds(table);
    return true;
  }

  /* ---------- Glosses: the document's own 名词解释 beside the word ---------- */

  // A glossed word (a.gloss → #term-N in the page's 名词解释 list) opens its definition in a
  // small box next to it instead of jumping away; without JS the link jumps to the list.
  function initGlosses() {
    var box = null, opener = null;
    var close = function (refocus) {
      if (!box) return;
      box.parentNode.removeChild(box);
      box = null;
      if (refocus && opener) opener.focus();
      opener = null;
    };
    doc.addEventListener('click', function (e) {
      var link = e.target.closest && e.target.closest('a.gloss');
      if (!link) {
        if (box && !box.contains(e.target)) close(false);
        return;
      }
      var entry = doc.getElementById(link.getAttribute('href').slice(1));
      if (!entry) return;
      e.preventDefault();
      var same = opener === link;
      close(false);
      if (same) return;
      opener = link;
      var term = entry.querySelector('dt'), definition = entry.querySelector('dd');
      box = el('div', { className: 'gloss-box', role: 'dialog', 'aria-label': w('gloss_label', { term: term ? term.textContent : '' }) }, [
        el('p', null, [el('strong', { text: term ? term.textContent : '' })]),
        el('p', { text: definition ? definition.textContent : '' }),
        el('p', null, [el('a', { href: '#' + entry.id, text: w('gloss_all') })])
      ]);
      var closeButton = el('button', { type: 'button', className: 'gloss-close', 'aria-label': w('close'), text: '×' });
      closeButton.addEventListener('click', function () { close(true); });
      box.insertBefore(closeButton, box.firstChild);
      doc.body.appendChild(box);
      var r = link.getBoundingClientRect();
      var width = Math.min(box.offsetWidth, doc.documentElement.clientWidth - 16);
      var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + doc.documentElement.clientWidth - width - 8));
      box.style.left = left + 'px';
      box.style.top = (r.bottom + window.scrollY + 6) + 'px';
      closeButton.focus();
    });
    doc.addEventListener('keydown', function (e) { if (e.key === 'Escape' && box) close(true); });
  }

  /* ---------- Anchors and print ---------- */

  // A row or item targeted by the URL hash may be, or sit inside, a closed <details>: open it.
  function revealTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    var target = doc.getElementById(id);
    if (!target) return;
    var opened = false;
    for (var n = target; n; n = n.parentElement) {
      if (n.tagName === 'DETAILS' && !n.open) { n.open = true; opened = true; }
    }
    if (target.tagName === 'TR' && unfoldTo(target)) opened = true;
    if (opened && target.scrollIntoView) target.scrollIntoView({ block: 'center' });
  }

  function initPrint() {
    var opened = [];
    window.addEventListener('beforeprint', function () {
      opened = Array.prototype.filter.call(doc.querySelectorAll('details:not([open])'), function (d) {
        d.open = true;
        return true;
      });
    });
    window.addEventListener('afterprint', function () {
      opened.forEach(function (d) { d.open = false; });
      opened = [];
    });
  }

  function init() {
    doc.documentElement.classList.add('js');
    safely('search', initSearch);
    safely('sortable tables', initSortableTables);
    safely('long rankings', initLongRankings);
    safely('filters', initFilters);
    safely('charts', initCharts);
    safely('folds', initFolds);
    safely('glosses', initGlosses);
    safely('print', initPrint);
    safely('anchors', function () {
      revealTarget();
      window.addEventListener('hashchange', revealTarget);
    });
  }

  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init);
  else init();
})();
