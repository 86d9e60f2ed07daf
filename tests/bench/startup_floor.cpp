#include "startup_floor.h"

#include "bench_report.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <fstream>
#include <sstream>

namespace routerlab::bench {

double startupFloorMilliseconds(const std::string &labFilePath)
{
    const auto begin = WallClock::now();
    QFile file(QString::fromStdString(labFilePath));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const std::string directory = labFilePath.substr(0, labFilePath.rfind('/'));
    std::size_t configBytes = 0;
    for (const QJsonValue node : document.object().value("nodes").toArray()) {
        const QString configName = node.toObject().value("config").toString();
        if (configName.isEmpty())
            continue; // a switch
        std::ifstream config(directory + "/" + configName.toStdString(), std::ios::binary);
        std::stringstream text;
        text << config.rdbuf();
        configBytes += text.str().size();
    }
    const double elapsed = millisecondsSince(begin);
    // Read for real: a lab whose files are missing has no floor to show.
    return document.isObject() && configBytes + static_cast<std::size_t>(file.size()) > 0 ? elapsed : 0;
}

} // namespace routerlab::bench
