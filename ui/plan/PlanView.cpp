// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanView.h"
#include "ui/StateColors.h"

#include "PlanTreeModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace sg::ui {

PlanView::PlanView(QWidget* parent) : QWidget(parent), m_model(new PlanTreeModel(this))
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("planBanner"));
    showBanner(m_banner, State::Warning);
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_header = new QLabel(tr("Explain a statement to see its plan here."), this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setToolTip(tr("Copy the tree, the text or the JSON, whichever is showing"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(copyText()); });

    m_tree = new QTreeView(this);
    m_tree->setAccessibleName(tr("Plan nodes"));
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // 10,000-node plans: constant-time row layout
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_details = new QPlainTextEdit(this);
    m_details->setAccessibleName(tr("Node details"));
    m_details->setReadOnly(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_details->setFont(mono);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_text = new QPlainTextEdit(this);
    m_text->setAccessibleName(tr("Plan as text"));
    m_text->setReadOnly(true);
    m_text->setFont(mono);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json = new QPlainTextEdit(this);
    m_json->setAccessibleName(tr("Plan as JSON"));
    m_json->setReadOnly(true);
    m_json->setFont(mono);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(split, tr("Tree"));
    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_json, tr("JSON"));

    m_tabs->setCornerWidget(copy, Qt::TopRightCorner);
    m_header->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanView::showDetails);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PlanView::fillCurrentTab);
}

void PlanView::setPlan(const sg::Plan& plan, const QString& rawJson)
{
    m_model->setPlan(plan);
    const QLocale l;
    QStringList parts;
    if (plan.analyzed)
        parts << tr("<b>Execution %1 ms</b>").arg(l.toString(plan.executionMs, 'f', 3));
    else
        parts << tr("<b>Estimated plan</b> (not executed: costs and row estimates only)");
    parts << tr("planning %1 ms").arg(l.toString(plan.planningMs, 'f', 3));
    parts << tr("%n node(s)", nullptr, int(plan.nodes.size()));
    for (const QJsonObject& t : plan.triggers)
        parts << tr("trigger %1: %2 ms in %3 call(s)")
                     .arg(t.value(QStringLiteral("Trigger Name")).toString().toHtmlEscaped())
                     .arg(l.toString(t.value(QStringLiteral("Time")).toDouble(), 'f', 3))
                     .arg(t.value(QStringLiteral("Calls")).toInt());
    if (!plan.jit.isEmpty()) {
        const QJsonObject timing = plan.jit.value(QStringLiteral("Timing")).toObject();
        parts << tr("JIT: %1 functions, %2 ms")
                     .arg(plan.jit.value(QStringLiteral("Functions")).toInt())
                     .arg(l.toString(timing.value(QStringLiteral("Total")).toDouble(), 'f', 3));
    }
    QString html = parts.join(QStringLiteral(" · "));
    if (!plan.settings.isEmpty()) {
        QStringList s;
        for (auto it = plan.settings.begin(); it != plan.settings.end(); ++it)
            s << QStringLiteral("%1 = %2").arg(it.key(), it.value().toVariant().toString()).toHtmlEscaped();
        html += QStringLiteral("<br>") +
                tr("Settings that differ from the defaults: %1").arg(s.join(QStringLiteral(", ")));
    }
    int warned = 0;
    for (const sg::PlanNode& n : plan.nodes)
        warned += n.warnings.isEmpty() ? 0 : 1;
    const QString warning = stateColor(State::Warning, palette()).name();
    if (warned > 0)
        html += QStringLiteral("<br><span style='color:%1'>").arg(warning) +
                tr("%n node(s) with warnings: see the Warnings column.", nullptr, warned) +
                QStringLiteral("</span>");
    for (const QString& w : plan.warnings)
        html += QStringLiteral("<br><span style='color:%1'>").arg(warning) + w.toHtmlEscaped() +
                QStringLiteral("</span>");
    clearState(m_header);
    m_header->setText(html);
    // The text and JSON views fill when first shown: for a 10,000-node plan they are megabytes
    // of text that would cost more to lay out than the tree.
    m_rawJson = rawJson;
    m_textStale = m_jsonStale = true;
    fillCurrentTab();
    // Open the tree along the expensive path; a huge plan opens two levels only.
    if (plan.nodes.size() <= 500)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(1);
    for (int c = 0; c < PlanTreeModel::WarningsColumn; ++c)
        m_tree->resizeColumnToContents(c);
    if (!plan.nodes.isEmpty())
        m_tree->setCurrentIndex(m_model->indexOfNode(0));
}

void PlanView::setMessage(const QString& text, bool error)
{
    showState(m_header, text.toHtmlEscaped(), error ? State::Error : State::Normal);
}

void PlanView::setBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString PlanView::headerText() const
{
    return m_header->text();
}

QString PlanView::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString PlanView::planText() const
{
    return m_model->plan().toText();
}

QString PlanView::copyText() const
{
    return m_tabs->currentIndex() == 2 ? m_rawJson : planText();
}

void PlanView::fillCurrentTab()
{
    if (m_tabs->currentIndex() == 1 && m_textStale) {
        m_text->setPlainText(planText());
        m_textStale = false;
    } else if (m_tabs->currentIndex() == 2 && m_jsonStale) {
        m_json->setPlainText(m_rawJson);
        m_jsonStale = false;
    }
}

void PlanView::showDetails(const QModelIndex& index)
{
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    const sg::PlanNode& n = m_model->plan().nodes.at(index.data(PlanTreeModel::NodeIdRole).toInt());
    QStringList lines;
    lines << n.title();
    for (const QString& w : n.warnings)
        lines << QStringLiteral("⚠ ") + w;
    lines << QString();
    // Every field the server gave, except the children.
    QJsonObject raw = n.raw;
    raw.remove(QStringLiteral("Plans"));
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isArray()) {
            QStringList items;
            for (const QJsonValue& x : v.toArray())
                items << x.toVariant().toString();
            text = items.join(QStringLiteral(", "));
        } else {
            text = v.toVariant().toString();
        }
        lines << QStringLiteral("%1: %2").arg(it.key(), text);
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace sg::ui
