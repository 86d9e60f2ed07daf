#include "topology/image_catalog.h"

#include "router/ip_commands/ip_cli.h"
#include "protocols/protocol_registry.h"
#include "router/router_cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace routerlab {
namespace {

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(path.toStdString() + ": cannot open: " + file.errorString().toStdString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw std::runtime_error(path.toStdString() + ": offset " + std::to_string(error.offset) + ": " +
                                 error.errorString().toStdString());
    return document.object();
}

std::string requireString(const QJsonObject &object, const char *key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        throw std::runtime_error(path.toStdString() + ": field \"" + key + "\" must be a string");
    return value.toString().toStdString();
}

} // namespace

std::string ImageCatalog::defaultDirectory()
{
    // An installed or relocated binary looks beside itself first, then in the source tree.
    if (QCoreApplication::instance()) {
        const QString beside = QCoreApplication::applicationDirPath() + "/../../images";
        if (QFile::exists(beside + "/c7200.json"))
            return QDir(beside).absolutePath().toStdString();
    }
    return ROUTERLAB_IMAGES_DIR;
}

const ImageProfile *ImageCatalog::image(const std::string &name) const
{
    auto found = m_images.find(name);
    return found == m_images.end() ? nullptr : &found->second;
}

std::shared_ptr<const ImageCatalog> ImageCatalog::load(const std::string &imagesDirectory)
{
    auto catalog = std::make_shared<ImageCatalog>();
    const QString directory = QString::fromStdString(imagesDirectory);
    const QString chassisPath = directory + "/c7200.json";
    const QJsonObject chassis = readObject(chassisPath);
    ChassisDescriptor &descriptor = catalog->m_chassis;
    descriptor.platform = requireString(chassis, "platform", chassisPath);
    descriptor.defaultModel = requireString(chassis, "default_model", chassisPath);
    descriptor.defaultNpe = requireString(chassis, "default_npe", chassisPath);
    descriptor.defaultIoController = requireString(chassis, "default_io_controller", chassisPath);
    const QJsonObject models = chassis.value("models").toObject();
    for (auto it = models.begin(); it != models.end(); ++it)
        descriptor.models[it.key().toStdString()] =
            ChassisModel{it.key().toStdString(), it.value().toObject().value("slots").toInt(7)};
    const QJsonObject npes = chassis.value("npes").toObject();
    for (auto it = npes.begin(); it != npes.end(); ++it)
        descriptor.npes[it.key().toStdString()] = it.value().toString().toStdString();
    const QJsonObject adapters = chassis.value("port_adapters").toObject();
    for (auto it = adapters.begin(); it != adapters.end(); ++it) {
        const QJsonObject adapter = it.value().toObject();
        PortAdapterType type;
        type.name = it.key().toStdString();
        type.description = adapter.value("description").toString().toStdString();
        type.interfaceType = requireString(adapter, "interface_type", chassisPath);
        type.portCount = adapter.value("ports").toInt(1);
        type.ioController = adapter.value("io_controller").toBool(false);
        type.bandwidthKbit = adapter.value("bandwidth_kbit").toInt(100000);
        descriptor.portAdapters[type.name] = type;
    }

    const QStringList imageFiles = QDir(directory).entryList({"ios-*.json"}, QDir::Files, QDir::Name);
    for (const QString &fileName : imageFiles) {
        const QString path = directory + "/" + fileName;
        const QJsonObject object = readObject(path);
        ImageProfile profile;
        profile.name = requireString(object, "name", path);
        profile.configVersion = requireString(object, "config_version", path);
        profile.imageFile = requireString(object, "image_file", path);
        profile.featureSet = requireString(object, "feature_set", path);
        profile.softwareTitle = requireString(object, "software_title", path);
        profile.releaseLine = requireString(object, "release_line", path);
        profile.romVersion = object.value("rom").toString().toStdString();
        profile.bootLoader = object.value("bootloader").toString().toStdString();
        profile.majorVersion = object.value("major").toInt(12);
        profile.minorVersion = object.value("minor").toInt(3);
        for (const QJsonValue &line : object.value("banner").toArray())
            profile.bannerLines.push_back(line.toString().toStdString());
        catalog->m_images[profile.name] = profile;
    }
    if (catalog->m_images.empty())
        throw std::runtime_error(imagesDirectory + ": no ios-*.json image profiles");

    installRouterCommands(catalog->m_commands, catalog->m_configWriters);
    installIpCommands(catalog->m_commands, catalog->m_configWriters);
    ImageParts parts{catalog->m_commands, catalog->m_configWriters};
    for (const ModuleDefinition &module : protocolModules())
        module.install(parts);
    catalog->m_commands.compact();
    return catalog;
}

} // namespace routerlab
