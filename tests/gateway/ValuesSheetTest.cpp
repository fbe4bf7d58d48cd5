// The values sheet: the gateway's form in the page's order with the page's labels (English and
// German differ), as HTML and as PDF (the PDF's text is read back).
#include "ValuesSheet.h"
#include "FileSizeLimit.h"
#include "PdfText.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
const QString kPassword = QStringLiteral("Op3rator-Pass<&>word");

ConnectorConfig sampleConfig()
{
    ConnectorConfig config;
    config.customerUri = QStringLiteral("example");
    config.login = QStringLiteral("seppmail-mpki");
    config.password = kPassword;
    config.organizationId = 12345;
    config.organizationName = QStringLiteral("Beispiel AG Zürich");
    config.profileId = 678;
    config.profileName = QStringLiteral("Sectigo Persona Validated Certificate");
    config.term = 365;
    config.renewalDays = 45;
    config.managedDomains = {QStringLiteral("example.ch"), QStringLiteral("mail.example.ch")};
    config.passwordExpires = QDate(2026, 3, 31);
    config.createdAt = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    config.plan = QStringLiteral("plan.json");
    return config;
}

const QStringList englishLabels = {
    QStringLiteral("MPKI managed domains"),
    QStringLiteral("MPKI type"),
    QStringLiteral("Customer URI"),
    QStringLiteral("Login"),
    QStringLiteral("Password"),
    QStringLiteral("Organisation ID"),
    QStringLiteral("Certificate type"),
    QStringLiteral("Full name regex"),
    QStringLiteral("Automatically renew expiring certificates if validity days left less than"),
};

QStringList germanLabels()
{
    QStringList labels = englishLabels;
    labels[5] = QStringLiteral("Organization ID");
    labels[6] = QStringLiteral("Certificate Type");
    return labels;
}

int modeOf(const QString &path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
}

// Positions of `needles` in `haystack`, in order; -1 for one not found after the previous.
bool inOrder(const QString &haystack, const QStringList &needles, QString *missing)
{
    qsizetype from = 0;
    for (const QString &needle : needles) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0) {
            *missing = needle;
            return false;
        }
        from = at + needle.size();
    }
    return true;
}
} // namespace

class ValuesSheetTest : public QObject
{
    Q_OBJECT

private slots:
    void fieldsFollowThePage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("en") << "en" << englishLabels;
        QTest::newRow("de") << "de" << germanLabels();
        QTest::newRow("de_CH") << "de_CH" << germanLabels();
        QTest::newRow("fr falls back to English") << "fr" << englishLabels;
    }

    void fieldsFollowThePage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, labels);
        const ValuesSheet sheet(sampleConfig(), {language, false});
        QStringList actual;
        for (const ValuesSheet::Field &field : sheet.fields())
            actual << field.label;
        QCOMPARE(actual, labels);
        const auto fields = sheet.fields();
        QCOMPARE(fields.at(2).value, QStringLiteral("example"));
        QCOMPARE(fields.at(3).value, QStringLiteral("seppmail-mpki"));
        QCOMPARE(fields.at(4).value, ValuesSheet::maskedPassword());
        QVERIFY(fields.at(4).secret);
        QVERIFY(fields.at(5).value.contains(QLatin1String("12345")));
        QVERIFY(fields.at(6).value.contains(QLatin1String("Sectigo Persona Validated Certificate")));
        QVERIFY(fields.at(6).value.contains(QLatin1String("365")));
        QCOMPARE(fields.at(7).value, ConnectorConfig::defaultFullNameRegex());
        QVERIFY(fields.at(8).value.contains(QLatin1String("45")));
    }

    void htmlHasEveryFieldEscapedAndMasked_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("wrongLabel");
        QTest::newRow("en") << "en" << englishLabels << "Organization ID";
        QTest::newRow("de") << "de" << germanLabels() << "Organisation ID";
    }

    void htmlHasEveryFieldEscapedAndMasked()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, labels);
        QFETCH(QString, wrongLabel);
        ConnectorConfig config = sampleConfig();
        config.organizationName = QStringLiteral("<script>alert(1)</script> & Co");
        const QString html = ValuesSheet(config, {language, false}).toHtml();
        QString missing;
        QVERIFY2(inOrder(html, labels, &missing), qPrintable(missing));
        QVERIFY(!html.contains(wrongLabel));
        QVERIFY(html.contains(QStringLiteral("lang=\"%1\"").arg(language)));
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")));
        QVERIFY(html.contains(QLatin1String("(?&lt;GN&gt;.+) (?&lt;SN&gt;.+)")));
        QVERIFY(!html.contains(kPassword));
        QVERIFY(!html.contains(kPassword.toHtmlEscaped()));
        QVERIFY(html.contains(ValuesSheet::maskedPassword()));
        for (const QString &domain : sampleConfig().managedDomains)
            QVERIFY(html.contains(domain));
        QVERIFY(html.contains(QLatin1String("Default profile")));
        QVERIFY(html.contains(QLatin1String("23.6.1")));
        QVERIFY(html.contains(QLatin1String("2026-03-31")));
    }

    void passwordShownOnlyWhenAsked()
    {
        const QString html = ValuesSheet(sampleConfig(), {QStringLiteral("en"), true}).toHtml();
        QVERIFY(html.contains(kPassword.toHtmlEscaped()));
        QVERIFY(!html.contains(kPassword)); // escaped, never raw markup
    }

    void stepsCoverTheProcedure()
    {
        const ValuesSheet sheet(sampleConfig(), {QStringLiteral("en"), false});
        const QString steps = sheet.steps().join(QLatin1Char('\n'));
        for (const char *expected : {"MPKI managed domains", "MPKI type", "SECTIGO", "Select", "Customer URI",
                                     "Organisation ID", "Certificate type", "45", "30", "Save", "2026-03-31"})
            QVERIFY2(steps.contains(QLatin1String(expected)), expected);
        const QString notByApi = sheet.notByApi().join(QLatin1Char('\n'));
        QVERIFY(notByApi.contains(QLatin1String("Default profile")));
        QVERIFY(notByApi.contains(QLatin1String("Secret Key")));
        QVERIFY(notByApi.contains(QLatin1String("23.6.1")));
    }

    void nonStandardScmIsWarnedAbout()
    {
        ConnectorConfig config = sampleConfig();
        QVERIFY(config.warnings().filter(QLatin1String("host field")).isEmpty());
        config.scmBaseUrl = QStringLiteral("https://scm.example.org");
        QCOMPARE(config.warnings().filter(QLatin1String("host field")).size(), 1);
        QVERIFY(ValuesSheet(config, {}).toHtml().contains(QLatin1String("host field")));
    }

    void writesHtmlFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sheet.html"));
        QString error;
        QVERIFY2(ValuesSheet(sampleConfig(), {}).write(path, &error), qPrintable(error));
        QCOMPARE(modeOf(path), 0600);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QLatin1String("Organisation ID")));
        QVERIFY(!ValuesSheet(sampleConfig(), {}).write(dir.filePath(QStringLiteral("sheet.txt")), &error));
    }

    void pdfHasEveryField_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("wrongLabel");
        QTest::newRow("en") << "en" << englishLabels << "Organization ID";
        QTest::newRow("de") << "de" << germanLabels() << "Organisation ID";
    }

    void pdfHasEveryField()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, labels);
        QFETCH(QString, wrongLabel);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
        const ValuesSheet sheet(sampleConfig(), {language, false});
        QString error;
        QVERIFY2(sheet.write(path, &error), qPrintable(error));
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString text = squeezed(pdfText(pdf));
        QVERIFY2(text.size() > 200, qPrintable(text));

        QStringList expected;
        for (const ValuesSheet::Field &field : sheet.fields())
            expected << squeezed(field.label) << squeezed(field.value);
        QString missing;
        QVERIFY2(inOrder(text, expected, &missing), qPrintable(missing + QStringLiteral(" not in: ") + text));
        QVERIFY(!text.contains(squeezed(wrongLabel)));
        QVERIFY(!text.contains(squeezed(kPassword)));
        QVERIFY(text.contains(ValuesSheet::maskedPassword()));
        QVERIFY(text.contains(QLatin1String("Defaultprofile")));
        QVERIFY(text.contains(QLatin1String("23.6.1")));
    }

    // A write that fails half-way (the disk full) leaves the good sheet byte for byte, leaves no
    // temporary file beside it, and says which file was not written.
    void failedWriteKeepsTheOldSheet_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("html") << "sheet.html";
        QTest::newRow("pdf") << "sheet.pdf";
    }

    void failedWriteKeepsTheOldSheet()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(ValuesSheet(sampleConfig(), {}).write(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QVERIFY(before.size() > 1024);

        ConnectorConfig changed = sampleConfig();
        changed.organizationName = QStringLiteral("Changed AG");
        bool written = true;
        {
            FileSizeLimit full(512);
            QVERIFY(full.isActive());
            written = ValuesSheet(changed, {QStringLiteral("de"), false}).write(path, &error);
        }
        QVERIFY(!written);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
        QCOMPARE(modeOf(path), 0600);
    }

    // A place no one can write to, root included: below a regular file.
    void unusablePathIsAnErrorNamingTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile regular(dir.filePath(QStringLiteral("not-a-directory")));
        QVERIFY(regular.open(QIODevice::WriteOnly));
        regular.close();
        for (const QString &name : {QStringLiteral("sheet.html"), QStringLiteral("sheet.pdf")}) {
            const QString path = regular.fileName() + QLatin1Char('/') + name;
            QString error;
            QVERIFY(!ValuesSheet(sampleConfig(), {}).write(path, &error));
            QVERIFY2(error.contains(path), qPrintable(error));
        }
    }
};

int main(int argc, char *argv[])
{
    // The PDF needs a QGuiApplication; offscreen works without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ValuesSheetTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "ValuesSheetTest.moc"
