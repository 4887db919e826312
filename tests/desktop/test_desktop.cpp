// Desktop: real QGIS with its window, under Xvfb, with the plugin installed
// (cmake --install into a temporary prefix, QGIS_PLUGINPATH) and enabled in a
// throw-away profile. desktop_check.py does inside QGIS what a person does:
// toolbox, every algorithm dialog, the shipped model in Model Designer, a
// fullanalysis run from its dialog with QGIS loading the outputs, the styled
// map, a run into GeoPackages; it writes every check as JSON and saves screenshots in
// <build>/desktop/. This driver starts QGIS once, waits for it, and turns the
// checks into tests. QGIS that cannot start is a failure, with its stderr.

#include "processrunner.h"

#include <gtest/gtest.h>

#include <iostream>
#include <memory>
#include <vector>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace targetgroup::test;

namespace
{

//! The whole QGIS session (start, checks, exit); `timeout` kills it after this.
constexpr int kSessionSeconds = 300;
//! desktop_check.py gives up and exits after this (before the kill).
constexpr int kScriptDeadlineSeconds = 240;
//! QGIS must have started the script by then, else the attempt is retried.
constexpr int kStartupSeconds = 120;
//! QGIS startup under Xvfb is the flaky part: attempts before giving up.
constexpr int kStartAttempts = 3;

const QStringList kScreenshots{ QStringLiteral( "toolbox" ), QStringLiteral( "dialog-fullanalysis" ),
                                QStringLiteral( "model-designer" ), QStringLiteral( "wijk-map" ) };

QString screenshotDirectory()
{
  return QStringLiteral( TARGETGROUP_BINARY_DIR "/desktop" );
}

/**
 * The throw-away profile: the plugin enabled, English interface, nothing that
 * asks or fetches at startup (version check, news feed, plugin repository),
 * no save prompts for the memory layers the run leaves in the project.
 */
QString writeProfile( const QString &profilesPath )
{
  const QString folder = profilesPath + QStringLiteral( "/profiles/default/QGIS" );
  if ( !QDir().mkpath( folder ) )
    return QStringLiteral( "could not create %1" ).arg( folder );
  QFile settings( folder + QStringLiteral( "/QGIS3.ini" ) );
  if ( !settings.open( QIODevice::WriteOnly ) )
    return QStringLiteral( "could not write %1" ).arg( settings.fileName() );
  settings.write( "[PythonPlugins]\ntargetgroup=true\nprocessing=true\n\n"
                  "[locale]\nuserLocale=en_US\nglobalLocale=en_US\noverrideFlag=true\n\n"
                  "[qgis]\ncheckVersion=false\naskToSaveMemoryLayers=false\naskToSaveProjectChanges=false\n\n"
                  "[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n\n"
                  "[app]\nplugin_installer\\checkOnStart=false\n" );
  return QString();
}

QString tail( const QString &text, int characters = 6000 )
{
  return text.size() <= characters ? text : QStringLiteral( "[…]" ) + text.right( characters );
}

QString readText( const QString &path )
{
  QFile file( path );
  return file.open( QIODevice::ReadOnly ) ? QString::fromUtf8( file.readAll() ) : QString();
}

//! One QGIS desktop session, run once per test process.
class DesktopRun
{
public:
  static const DesktopRun &instance()
  {
    static const DesktopRun run;
    return run;
  }

  //! Why QGIS did not run the checks at all (empty when it did).
  QString failure;
  //! What desktop_check.py wrote.
  QJsonObject result;
  //! Everything QGIS printed, its exit code, how the session ended.
  QString transcript;
  int exitCode = -1;
  bool exitedByItself = false;
  double seconds = 0;

  //! The warnings and errors of QGIS's message log during the checks.
  QString messages() const
  {
    QStringList lines;
    const QJsonArray entries = result.value( QStringLiteral( "messages" ) ).toArray();
    for ( const QJsonValue &entry : entries )
      lines << entry.toString();
    return lines.isEmpty() ? QStringLiteral( "(none)" ) : lines.join( QLatin1Char( '\n' ) );
  }

private:
  DesktopRun()
  {
    const InstalledPlugin &plugin = InstalledPlugin::instance();
    if ( !plugin.setupError().isEmpty() )
    {
      failure = plugin.setupError();
      return;
    }
    if ( QStringLiteral( TARGETGROUP_XVFB_RUN ).isEmpty() || QStringLiteral( TARGETGROUP_QGIS_DESKTOP ).isEmpty() )
    {
      failure = QStringLiteral( "xvfb-run or qgis was not found when the build was configured "
                                "(xvfb-run: '%1', qgis: '%2'); scripts/install-deps.sh installs xvfb, xauth and qgis" )
                    .arg( QStringLiteral( TARGETGROUP_XVFB_RUN ), QStringLiteral( TARGETGROUP_QGIS_DESKTOP ) );
      return;
    }
    QDir( screenshotDirectory() ).removeRecursively();
    QDir().mkpath( screenshotDirectory() );

    QStringList attempts;
    for ( int attempt = 1; attempt <= kStartAttempts; ++attempt )
    {
      const bool started = runOnce( attempt );
      attempts << QStringLiteral( "attempt %1: %2" ).arg( attempt ).arg( transcript );
      if ( started )
      {
        keepFoldersUnlessAllPassed();
        return;
      }
      QThread::sleep( 3 ); // let a display or a lock from the failed start go
    }
    failure = QStringLiteral( "QGIS desktop did not start the checks in %1 attempts (each given %2 s to start under xvfb-run).\n%3" )
                  .arg( kStartAttempts )
                  .arg( kStartupSeconds )
                  .arg( attempts.join( QStringLiteral( "\n\n" ) ) );
    keepFoldersUnlessAllPassed();
  }

  void keepFoldersUnlessAllPassed()
  {
    bool allPassed = failure.isEmpty() && exitedByItself && exitCode == 0 && result.value( QStringLiteral( "finished" ) ).toBool();
    const QJsonArray checks = result.value( QStringLiteral( "checks" ) ).toArray();
    for ( const QJsonValue &check : checks )
      allPassed = allPassed && check.toObject().value( QStringLiteral( "ok" ) ).toBool();
    for ( const std::unique_ptr<QTemporaryDir> &folder : mFolders )
      folder->setAutoRemove( allPassed );
  }

  std::vector<std::unique_ptr<QTemporaryDir>> mFolders;

  //! True when QGIS ran desktop_check.py (whatever its checks found).
  bool runOnce( int attempt )
  {
    // Removed at exit when everything passed, kept for a look otherwise.
    mFolders.push_back( std::make_unique<QTemporaryDir>() );
    QTemporaryDir *root = mFolders.back().get();
    const QString profiles = root->filePath( QStringLiteral( "profiles" ) );
    const QString resultPath = root->filePath( QStringLiteral( "result.json" ) );
    const QString xvfbLog = root->filePath( QStringLiteral( "xvfb.log" ) );
    QDir().mkpath( root->filePath( QStringLiteral( "home" ) ) );
    const QString profileError = writeProfile( profiles );
    if ( !profileError.isEmpty() )
    {
      transcript = profileError;
      return false;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A real window: not the offscreen platform the other tests use.
    for ( const QString &name : { QStringLiteral( "QT_QPA_PLATFORM" ), QStringLiteral( "QGIS_CUSTOM_CONFIG_PATH" ),
                                  QStringLiteral( "DISPLAY" ), QStringLiteral( "WAYLAND_DISPLAY" ) } )
      environment.remove( name );
    environment.insert( QStringLiteral( "HOME" ), root->filePath( QStringLiteral( "home" ) ) );
    environment.insert( QStringLiteral( "XDG_RUNTIME_DIR" ), root->path() );
    environment.insert( QStringLiteral( "QGIS_PLUGINPATH" ), InstalledPlugin::instance().pluginPath() );
    environment.insert( QStringLiteral( "TARGETGROUP_DESKTOP_RESULT" ), resultPath );
    environment.insert( QStringLiteral( "TARGETGROUP_DESKTOP_SCREENSHOTS" ), screenshotDirectory() );
    environment.insert( QStringLiteral( "TARGETGROUP_DESKTOP_DEMO" ), demoDataPath() );
    environment.insert( QStringLiteral( "TARGETGROUP_DESKTOP_SCRATCH" ), root->path() );
    environment.insert( QStringLiteral( "TARGETGROUP_DESKTOP_DEADLINE" ), QString::number( kScriptDeadlineSeconds ) );

    // timeout(1) kills the whole process group (xvfb-run, Xvfb, QGIS) when
    // the session overruns; xvfb-run -a picks a free display.
    const QStringList arguments{ QStringLiteral( "-k" ), QStringLiteral( "15" ), QString::number( kSessionSeconds ),
                                 QStringLiteral( TARGETGROUP_XVFB_RUN ), QStringLiteral( "-a" ),
                                 QStringLiteral( "-e" ), xvfbLog,
                                 QStringLiteral( "-s" ), QStringLiteral( "-screen 0 1600x1000x24" ),
                                 QStringLiteral( TARGETGROUP_QGIS_DESKTOP ),
                                 QStringLiteral( "--profiles-path" ), profiles,
                                 QStringLiteral( "--code" ), QStringLiteral( TARGETGROUP_SOURCE_DIR "/tests/desktop/desktop_check.py" ) };
    QProcess process;
    process.setProcessEnvironment( environment );
    process.setWorkingDirectory( root->path() );
    QElapsedTimer clock;
    clock.start();
    process.start( QStringLiteral( "timeout" ), arguments );
    if ( !process.waitForStarted( 30000 ) )
    {
      transcript = QStringLiteral( "could not start timeout %1: %2" ).arg( arguments.join( QLatin1Char( ' ' ) ), process.errorString() );
      return false;
    }
    bool gaveUpOnStartup = false;
    while ( !process.waitForFinished( 1000 ) )
    {
      if ( clock.elapsed() > ( kSessionSeconds + 60 ) * 1000LL )
        break; // timeout(1) should have ended it; kill below
      if ( !QFile::exists( resultPath ) && clock.elapsed() > kStartupSeconds * 1000LL )
      {
        gaveUpOnStartup = true;
        break;
      }
    }
    if ( process.state() != QProcess::NotRunning )
    {
      process.terminate(); // timeout(1) passes SIGTERM on to its process group
      if ( !process.waitForFinished( 20000 ) )
      {
        process.kill();
        process.waitForFinished( 5000 );
      }
    }
    seconds = clock.elapsed() / 1000.0;
    exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    // timeout(1) exits with 124 (or 137 after -k) when it had to stop QGIS.
    exitedByItself = !gaveUpOnStartup && exitCode != 124 && exitCode != 137 && exitCode != -1;
    const QString standardError = QString::fromUtf8( process.readAllStandardError() );
    const QString standardOutput = QString::fromUtf8( process.readAllStandardOutput() );
    QFile log( screenshotDirectory() + QStringLiteral( "/qgis-attempt%1.log" ).arg( attempt ) );
    if ( log.open( QIODevice::WriteOnly ) )
      log.write( ( standardOutput + standardError ).toUtf8() );
    transcript = QStringLiteral( "%1 s, exit code %2%3\n--- QGIS stderr ---\n%4\n--- QGIS stdout ---\n%5\n--- Xvfb ---\n%6\n(temporary folder %7)" )
                     .arg( seconds, 0, 'f', 1 )
                     .arg( exitCode )
                     .arg( gaveUpOnStartup ? QStringLiteral( ", stopped: the checks had not started after %1 s" ).arg( kStartupSeconds ) : exitedByItself ? QString()
                                                                                                                                                          : QStringLiteral( ", stopped after %1 s" ).arg( kSessionSeconds ) )
                     .arg( tail( standardError ), tail( standardOutput, 2000 ), tail( readText( xvfbLog ), 2000 ), root->path() );

    const QByteArray json = readText( resultPath ).toUtf8();
    if ( json.isEmpty() )
      return false;
    QJsonParseError parseError;
    result = QJsonDocument::fromJson( json, &parseError ).object();
    if ( parseError.error != QJsonParseError::NoError )
    {
      failure = QStringLiteral( "%1 is not JSON (%2)\n%3" ).arg( resultPath, parseError.errorString(), transcript );
      return true; // QGIS did run: retrying would hide the problem
    }
    return true;
  }
};

//! Every check of \a group passes; the group is not empty.
//! Stops a test when QGIS did not run the checks (the first test says why, at length).
#define ASSERT_QGIS_RAN( run ) \
  ASSERT_TRUE( ( run ).failure.isEmpty() ) << "QGIS did not run the checks: see DesktopQgis.StartsRunsTheChecksAndExits"

void expectGroupPasses( const QString &group )
{
  const DesktopRun &run = DesktopRun::instance();
  ASSERT_QGIS_RAN( run );
  int count = 0;
  bool failed = false;
  const QJsonArray checks = run.result.value( QStringLiteral( "checks" ) ).toArray();
  for ( const QJsonValue &value : checks )
  {
    const QJsonObject check = value.toObject();
    if ( check.value( QStringLiteral( "group" ) ).toString() != group )
      continue;
    ++count;
    const bool ok = check.value( QStringLiteral( "ok" ) ).toBool();
    failed = failed || !ok;
    EXPECT_TRUE( ok ) << check.value( QStringLiteral( "name" ) ).toString().toStdString() << ": "
                      << check.value( QStringLiteral( "detail" ) ).toString().toStdString();
  }
  if ( failed )
    std::cout << "QGIS message log (warnings and errors):\n"
              << run.messages().toStdString() << std::endl;
  EXPECT_GT( count, 0 ) << "no check of '" << group.toStdString() << "' ran: the script stopped in step '"
                        << run.result.value( QStringLiteral( "step" ) ).toString().toStdString() << "'\n"
                        << run.transcript.toStdString();
}

} // namespace

TEST( DesktopQgis, StartsRunsTheChecksAndExits )
{
  const DesktopRun &run = DesktopRun::instance();
  ASSERT_TRUE( run.failure.isEmpty() ) << run.failure.toStdString();
  EXPECT_TRUE( run.result.value( QStringLiteral( "finished" ) ).toBool() )
      << "desktop_check.py stopped in step '" << run.result.value( QStringLiteral( "step" ) ).toString().toStdString() << "'\n"
      << run.transcript.toStdString();
  EXPECT_TRUE( run.exitedByItself && run.exitCode == 0 ) << "QGIS did not exit cleanly\n"
                                                         << run.transcript.toStdString();
  std::cout << "[ desktop  ] QGIS " << run.result.value( QStringLiteral( "qgis_version" ) ).toString().toStdString()
            << " session: " << run.seconds << " s; screenshots in " << screenshotDirectory().toStdString() << std::endl;
}

TEST( DesktopQgis, NoPythonErrorAndNoUnexpectedDialog )
{
  // These groups only ever hold failures (a traceback, a modal message box).
  const DesktopRun &run = DesktopRun::instance();
  ASSERT_QGIS_RAN( run );
  const QJsonArray checks = run.result.value( QStringLiteral( "checks" ) ).toArray();
  for ( const QJsonValue &value : checks )
  {
    const QJsonObject check = value.toObject();
    const QString group = check.value( QStringLiteral( "group" ) ).toString();
    if ( group == QLatin1String( "script" ) || group == QLatin1String( "window" ) )
      ADD_FAILURE() << check.value( QStringLiteral( "name" ) ).toString().toStdString() << ": "
                    << check.value( QStringLiteral( "detail" ) ).toString().toStdString();
  }
}

TEST( DesktopQgis, PluginIsEnabledAndItsProviderRegistered )
{
  expectGroupPasses( QStringLiteral( "plugin" ) );
}

TEST( DesktopQgis, EveryAlgorithmHasAnIconOfItsOwn )
{
  expectGroupPasses( QStringLiteral( "icons" ) );
}

TEST( DesktopQgis, ToolboxListsEveryAlgorithmUnderTheProvider )
{
  expectGroupPasses( QStringLiteral( "toolbox" ) );
}

TEST( DesktopQgis, EveryAlgorithmDialogBuilds )
{
  expectGroupPasses( QStringLiteral( "dialogs" ) );
}

TEST( DesktopQgis, ShippedModelOpensInModelDesignerAndValidates )
{
  expectGroupPasses( QStringLiteral( "model" ) );
}

TEST( DesktopQgis, FullAnalysisRunsFromItsDialog )
{
  expectGroupPasses( QStringLiteral( "run" ) );
}

TEST( DesktopQgis, OutputsLoadUnderTheirLabelsWithTheirStyles )
{
  expectGroupPasses( QStringLiteral( "layers" ) );
}

TEST( DesktopQgis, GeoPackageOutputsLoadUnderTheirLabelsWithTheirStyles )
{
  expectGroupPasses( QStringLiteral( "files" ) );
}

TEST( DesktopQgis, MapShowsTheStyledFinestAreasWithTheLayersPanel )
{
  expectGroupPasses( QStringLiteral( "map" ) );
}

TEST( DesktopQgis, ScreenshotsAreSaved )
{
  expectGroupPasses( QStringLiteral( "screenshots" ) );
  for ( const QString &name : kScreenshots )
  {
    const QFileInfo file( screenshotDirectory() + QLatin1Char( '/' ) + name + QStringLiteral( ".png" ) );
    EXPECT_GT( file.size(), 5000 ) << file.filePath().toStdString() << " is missing or nearly empty";
  }
}
