// The coordinators' dashboard: polls the metrics JSON and redraws without reloading the page.
(function () {
  "use strict";
  const LABELS = window.SCHOOLHUB_LABELS;
  const params = new URLSearchParams(location.search);
  const REFRESH_MS = Math.max(2000, Number(params.get("refresh")) || 15000);
  // location.origin never carries user:password@, which fetch() refuses; the browser still
  // sends the Basic credentials it logged in with.
  const API = location.origin + "/api/metrics";

  function pickLanguage() {
    const wanted = [params.get("lang")].concat(navigator.languages || [navigator.language]);
    for (const tag of wanted) {
      const lang = (tag || "").slice(0, 2).toLowerCase();
      if (LABELS[lang]) return lang;
    }
    return "en";
  }
  const lang = pickLanguage();
  const t = (key, values) => (LABELS[lang][key] || LABELS.en[key] || key)
      .replace(/\{(\w+)\}/g, (m, name) => values && name in values ? values[name] : m);

  document.documentElement.lang = lang;
  document.title = t("title");
  document.querySelectorAll("[data-i18n]").forEach(el => { el.textContent = t(el.dataset.i18n); });

  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  function show(value) {
    if (value === null || value === undefined) return t("noData");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    return number.format(value);
  }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (k === "text") node.textContent = v; else node.setAttribute(k, v); });
    (children || []).forEach(c => node.appendChild(c));
    return node;
  }

  function renderGates(report) {
    document.getElementById("current-stage").textContent = report.currentStage;
    const cards = report.gates.map(gate => {
      const rows = gate.criteria.map(c => el("tr", { "data-metric": c.metric }, [
        el("td", { text: t(c.metric) }),
        el("td", { class: "num", text: c.comparator + " " + show(c.target) }),
        el("td", { class: "num actual", text: show(c.actual) }),
        el("td", { class: c.met ? "met" : "not-met", text: (c.met ? "✔ " : "✘ ") + t(c.met ? "met" : "notMet") })
      ]));
      const head = el("tr", {}, ["criterion", "target", "actual", "status"].map(k => el("th", { text: t(k) })));
      return el("article", { class: "gate" + (gate.from === report.currentStage ? " next" : ""),
                             "data-from": gate.from, "data-ready": gate.ready }, [
        el("h3", {}, [el("span", { text: t("gate", gate) }),
                      el("span", { class: "badge " + (gate.ready ? "ready" : "not-ready"),
                                   text: t(gate.ready ? "ready" : "notReady") })]),
        el("table", {}, [el("thead", {}, [head]), el("tbody", {}, rows)])
      ]);
    });
    document.getElementById("gates").replaceChildren(...cards);
  }

  const CHARTS = [
    { id: "chart-transfers", key: "selTransfers", title: "chartTransfers", type: "bar", color: "#2f6fd6" },
    { id: "chart-volume", key: "selVolume", title: "chartVolume", type: "bar", color: "#1b9e77" },
    { id: "chart-active", key: "activeFamilies", title: "chartActive", type: "line", color: "#d95f02" },
    { id: "chart-orders", key: "orders", title: "chartOrders", type: "bar", color: "#7570b3" }
  ];
  const charts = CHARTS.map(c => echarts.init(document.getElementById(c.id)));
  window.addEventListener("resize", () => charts.forEach(chart => chart.resize()));

  function renderMonthly(months) {
    const labels = months.map(m => m.month);
    CHARTS.forEach((c, i) => {
      document.getElementById(c.id).dataset.values = months.map(m => m[c.key]).join(",");
      charts[i].setOption({
        title: { text: t(c.title), left: 8, top: 6, textStyle: { fontSize: 13 } },
        tooltip: { trigger: "axis" },
        grid: { left: 44, right: 14, top: 40, bottom: 28 },
        xAxis: { type: "category", data: labels, axisLabel: { fontSize: 10 } },
        yAxis: { type: "value", minInterval: 1, axisLabel: { formatter: v => number.format(v) } },
        series: [{ type: c.type, data: months.map(m => m[c.key]), itemStyle: { color: c.color } }]
      });
    });
  }

  function fail(message) {
    const box = document.getElementById("error");
    box.textContent = message;
    box.hidden = false;
  }

  async function getJson(path) {
    const response = await fetch(API + path, { headers: { "Accept": "application/json", "Accept-Language": lang } });
    if (response.status === 401 || response.status === 403) throw new Error("forbidden");
    if (!response.ok) throw new Error("failed");
    return response.json();
  }

  async function refresh() {
    try {
      const [report, months] = await Promise.all([getJson("/stage-gates"), getJson("/monthly?months=12")]);
      renderGates(report);
      renderMonthly(months);
      document.getElementById("error").hidden = true;
      document.querySelectorAll("main section").forEach(section => { section.hidden = false; });
      document.getElementById("updated").textContent = new Date().toLocaleTimeString(lang);
      document.body.dataset.loaded = "true";
    } catch (e) {
      const forbidden = e.message === "forbidden";
      fail(t(forbidden ? "forbidden" : "failed"));
      // a member sees the message, not empty gates and charts
      document.querySelectorAll("main section").forEach(section => { section.hidden = forbidden; });
    }
  }

  refresh();
  setInterval(refresh, REFRESH_MS);
})();
