#pragma once
// End-to-end support: install the plugin folder into a temporary directory
// (cmake --install) once per test process, and drive qgis_process.bin with a
// throw-away QGIS profile, exactly as a user's batch job would.

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace targetgroup::test
{

struct ProcessResult
{
  int exitCode = -1;
  QString standardOutput;
  QString standardError;
  //! Everything printed, for assertion messages.
  QString transcript() const;
};

ProcessResult runProcess( const QString &program, const QStringList &arguments,
                          const QProcessEnvironment &environment, int timeoutSeconds = 900 );

/**
 * The plugin installed into a temporary prefix, enabled in a temporary QGIS
 * profile. The first call installs and runs "qgis_process.bin plugins enable
 * targetgroup"; later calls reuse it.
 */
class InstalledPlugin
{
public:
  static const InstalledPlugin &instance();

  //! DIR of QGIS_PLUGINPATH=DIR; the plugin folder is DIR/targetgroup.
  QString pluginPath() const { return mPluginPath; }
  //! A scratch directory for outputs, removed at exit.
  QString scratchDirectory() const { return mScratchDirectory; }
  //! Output of the install and enable steps (empty error means usable).
  QString setupError() const { return mSetupError; }

  //! Runs qgis_process.bin with the arguments, in the test profile.
  ProcessResult qgisProcess( const QStringList &arguments ) const;
  //! The same, in another environment (e.g. another QGIS profile folder).
  ProcessResult qgisProcess( const QStringList &arguments, const QProcessEnvironment &environment ) const;
  //! The environment qgis_process runs in (plugin path, profile, offscreen).
  QProcessEnvironment environment() const { return mEnvironment; }

  /**
   * Runs "qgis_process.bin run ALGORITHM --json --PARAM=VALUE ..." and
   * returns the parsed JSON document (empty object when it did not parse).
   */
  QJsonObject runJson( const QString &algorithmId, const QStringList &parameterAssignments,
                       ProcessResult *process = nullptr ) const;

private:
  InstalledPlugin();
  QString mPluginPath;
  QString mScratchDirectory;
  QString mSetupError;
  QProcessEnvironment mEnvironment;
};

//! Path of the embedded demo GeoPackage in the source tree.
QString demoDataPath();

} // namespace targetgroup::test
