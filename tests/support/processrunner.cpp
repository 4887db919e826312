#include "processrunner.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

namespace targetgroup::test
{

QString ProcessResult::transcript() const
{
  return QStringLiteral( "exit code %1\n--- stdout ---\n%2\n--- stderr ---\n%3" ).arg( exitCode ).arg( standardOutput, standardError );
}

ProcessResult runProcess( const QString &program, const QStringList &arguments,
                          const QProcessEnvironment &environment, int timeoutSeconds )
{
  ProcessResult result;
  QProcess process;
  process.setProcessEnvironment( environment );
  process.start( program, arguments );
  if ( !process.waitForStarted( 30000 ) )
  {
    result.standardError = QStringLiteral( "could not start %1" ).arg( program );
    return result;
  }
  if ( !process.waitForFinished( timeoutSeconds * 1000 ) )
  {
    process.kill();
    process.waitForFinished();
    result.standardError = QStringLiteral( "%1 timed out after %2 s" ).arg( program ).arg( timeoutSeconds );
  }
  result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  result.standardOutput = QString::fromUtf8( process.readAllStandardOutput() );
  result.standardError += QString::fromUtf8( process.readAllStandardError() );
  return result;
}

const InstalledPlugin &InstalledPlugin::instance()
{
  static const InstalledPlugin plugin;
  return plugin;
}

InstalledPlugin::InstalledPlugin()
{
  // Deliberately leaked: the directories must outlive every test.
  auto *root = new QTemporaryDir();
  const QString rootPath = root->path();
  mPluginPath = rootPath + QStringLiteral( "/plugins" );
  mScratchDirectory = rootPath + QStringLiteral( "/scratch" );
  QDir().mkpath( mScratchDirectory );
  QDir().mkpath( rootPath + QStringLiteral( "/home" ) );

  mEnvironment = QProcessEnvironment::systemEnvironment();
  mEnvironment.insert( QStringLiteral( "QT_QPA_PLATFORM" ), QStringLiteral( "offscreen" ) );
  mEnvironment.insert( QStringLiteral( "HOME" ), rootPath + QStringLiteral( "/home" ) );
  mEnvironment.insert( QStringLiteral( "QGIS_CUSTOM_CONFIG_PATH" ), rootPath + QStringLiteral( "/home" ) );
  mEnvironment.insert( QStringLiteral( "QGIS_PLUGINPATH" ), mPluginPath );
  mEnvironment.insert( QStringLiteral( "XDG_RUNTIME_DIR" ), rootPath );

  const ProcessResult install = runProcess( QStringLiteral( TARGETGROUP_CMAKE_COMMAND ),
                                            { QStringLiteral( "--install" ), QStringLiteral( TARGETGROUP_BINARY_DIR ),
                                              QStringLiteral( "--prefix" ), mPluginPath },
                                            mEnvironment );
  if ( install.exitCode != 0 )
  {
    mSetupError = QStringLiteral( "cmake --install failed\n" ) + install.transcript();
    return;
  }
  const ProcessResult enable = qgisProcess( { QStringLiteral( "plugins" ), QStringLiteral( "enable" ), QStringLiteral( "targetgroup" ) } );
  if ( enable.exitCode != 0 )
    mSetupError = QStringLiteral( "qgis_process plugins enable targetgroup failed\n" ) + enable.transcript();
}

ProcessResult InstalledPlugin::qgisProcess( const QStringList &arguments ) const
{
  return qgisProcess( arguments, mEnvironment );
}

ProcessResult InstalledPlugin::qgisProcess( const QStringList &arguments, const QProcessEnvironment &environment ) const
{
  return runProcess( QStringLiteral( TARGETGROUP_QGIS_PROCESS ), arguments, environment );
}

QJsonObject InstalledPlugin::runJson( const QString &algorithmId, const QStringList &parameterAssignments,
                                      ProcessResult *process ) const
{
  QStringList arguments{ QStringLiteral( "run" ), algorithmId, QStringLiteral( "--json" ) };
  arguments << parameterAssignments;
  const ProcessResult result = qgisProcess( arguments );
  if ( process )
    *process = result;
  // qgis_process may print log lines before the JSON document.
  const int start = result.standardOutput.indexOf( QLatin1Char( '{' ) );
  if ( start < 0 )
    return QJsonObject();
  return QJsonDocument::fromJson( result.standardOutput.mid( start ).toUtf8() ).object();
}

QString demoDataPath()
{
  return QStringLiteral( TARGETGROUP_SOURCE_DIR "/data/demo/foodvalley.gpkg" );
}

} // namespace targetgroup::test
