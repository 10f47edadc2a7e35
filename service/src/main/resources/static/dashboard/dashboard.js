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
      // a gate the community went through stays passed, whatever its figures say today
      const passed = gate.to <= report.currentStage;
      const badge = passed ? "passed" : gate.ready ? "ready" : "not-ready";
      return el("article", { class: "gate" + (gate.from === report.currentStage ? " next" : "") + (passed ? " passed" : ""),
                             "data-from": gate.from, "data-ready": gate.ready, "data-passed": passed }, [
        el("h3", {}, [el("span", { text: t("gate", gate) }),
                      el("span", { class: "badge " + badge,
                                   text: t(passed ? "passed" : gate.ready ? "ready" : "notReady") })]),
        el("table", {}, [el("thead", {}, [head]), el("tbody", {}, rows)])
      ]);
    });
    document.getElementById("gates").replaceChildren(...cards);
  }

  const when = iso => iso ? new Date(iso).toLocaleString(lang) : t("noData");

  function renderHistory(report) {
    const items = (report.history || []).map(change => el("li", { "data-to": change.toStage }, [
      el("span", { text: t("change", { fromStage: change.fromStage, toStage: change.toStage,
                                        changedAt: when(change.changedAt) }) }),
      change.overridden ? el("em", { text: " — " + t("overridden", change) }) : el("span", {})
    ]));
    document.getElementById("history").replaceChildren(...(items.length ? items : [el("li", { text: t("noHistory") })]));
  }

  // the open migration, or else the newest one; nodes without the migration endpoints show none
  function renderMigration(migrations) {
    const section = document.getElementById("migration-section");
    const migration = (migrations || []).find(m => m.status === "PLANNED") || (migrations || [])[0];
    section.hidden = !migration;
    if (!migration) return;
    const head = el("tr", {}, ["item", "status", "detail"].map(k => el("th", { text: t(k) })));
    const rows = migration.checklist.map(item => el("tr", { "data-item": item.item, "data-done": item.done }, [
      el("td", { text: t(item.item) + " (" + t(item.automatic ? "automatic" : "manual") + ")" }),
      el("td", { class: item.done ? "met" : "not-met", text: (item.done ? "✔ " : "✘ ") + t(item.done ? "done" : "notDone") }),
      el("td", { text: (item.detail || "") + (item.doneAt ? " — " + when(item.doneAt) : "") })
    ]));
    const signals = migration.stopSignals.map(signal => el("li", { "data-signal": signal.signal,
                                                                  "data-active": signal.active,
                                                                  class: signal.active ? "not-met" : "met" }, [
      el("strong", { text: t(signal.signal) + ": " + t(signal.active ? "active" : "inactive") }),
      el("span", { text: " — " + signal.detail })
    ]));
    const parts = [
      el("h3", { text: t("migrationTitle", { fromStage: migration.fromStage, toStage: migration.toStage,
                                              status: migration.status, scheduledFor: when(migration.scheduledFor) }) }),
      el("h4", { text: t("checklist") }),
      el("table", { id: "checklist" }, [el("thead", {}, [head]), el("tbody", {}, rows)]),
      el("h4", { text: t("stopSignals") }),
      el("ul", { id: "stop-signals" }, signals)
    ];
    if (migration.watch) {
      parts.push(el("p", { id: "watch", class: migration.watch.degraded ? "not-met" : "met",
                           text: t("watch", { until: when(migration.watch.until), p95BeforeMs: show(migration.watch.p95BeforeMs),
                                              p95AfterMs: show(migration.watch.p95AfterMs) })
                                 + (migration.watch.degraded ? " — " + t("degraded") : "") }));
    }
    document.getElementById("migration").replaceChildren(el("article", { class: "gate migration",
                                                                          "data-migration": migration.migrationId }, parts));
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
    const response = await fetch((path.startsWith("/api/") ? location.origin : API) + path,
                                 { headers: { "Accept": "application/json", "Accept-Language": lang } });
    if (response.status === 401 || response.status === 403) throw new Error("forbidden");
    if (!response.ok) throw new Error("failed");
    return response.json();
  }

  async function refresh() {
    try {
      const [report, months, migrations] = await Promise.all([getJson("/stage-gates"), getJson("/monthly?months=12"),
        getJson("/api/community/migrations").catch(() => [])]);
      renderGates(report);
      renderHistory(report);
      renderMigration(migrations);
      renderMonthly(months);
      document.getElementById("error").hidden = true;
      document.querySelectorAll("main section:not(#migration-section)").forEach(section => { section.hidden = false; });
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
