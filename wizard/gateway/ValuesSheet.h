#pragma once

#include "ConnectorConfig.h"
#include "GatewayConnectorTarget.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The values sheet: the gateway's MPKI → Sectigo form filled in, each value under the label the
// SEPPmail page uses in the page's order (the English and German pages differ, e.g. "Organisation
// ID" / "Organization ID"), then the steps to enter them on the gateway, then what the REST API
// cannot do. Rendered to HTML (everything escaped) and to PDF (needs a QGuiApplication).
class ValuesSheet
{
    Q_DECLARE_TR_FUNCTIONS(ValuesSheet)

public:
    struct Options
    {
        QString language = QStringLiteral("en"); // "de…" picks the German page's labels; else English
        bool showPassword = false;               // masked unless asked
    };

    // One row of the form as the gateway shows it.
    struct Field
    {
        QString section; // the page's section label, e.g. "Default parameters"
        QString label;   // the page's field label
        QString value;   // what to enter or choose (masked password unless showPassword)
        bool secret = false;
        bool typed = false; // typed into the gateway's form (else chosen from a list or left as shown)
    };

    ValuesSheet(const ConnectorConfig &config, const Options &options);

    // Optional: what the gateway target did (managed domains found / created / missing).
    void setGatewayResult(const GatewayApplyResult &result);

    QList<Field> fields() const;  // the form, in the page's order
    QStringList steps() const;    // the procedure's gateway half, as numbered lines
    QStringList notByApi() const; // what the REST APIs cannot do
    QString toHtml() const;

    bool writeHtml(const QString &path, QString *error) const;
    bool writePdf(const QString &path, QString *error) const; // needs a QGuiApplication
    // .pdf → PDF, .html/.htm → HTML; anything else is an error.
    bool write(const QString &path, QString *error) const;

    static QString maskedPassword() { return QStringLiteral("••••••••"); }

private:
    bool german() const;
    ConnectorConfig m_config;
    Options m_options;
    std::optional<GatewayApplyResult> m_gatewayResult;
};
