// Credentials: the analysis reaches the database through a QGIS
// authentication configuration (authcfg=, in a throw-away authentication
// database with a master password from QGIS_AUTH_PASSWORD_FILE) or a
// pg_service.conf entry (service=, PGSERVICEFILE), and the password appears
// nowhere: not in qgis_process's log (stdout, stderr), the results
// dictionary, the HTML report, the profile, or a saved model that uses the
// connection. The server asks for the password (scram-sha-256 over the
// socket, scripts/postgis-cluster.sh), so without credentials nothing is read.
// A bad connection (wrong port, missing table) gives an error that names the
// table, never the password.

#include "pgserver.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace targetgroup::test;

namespace
{

const QString kAuthConfigId = QStringLiteral( "tgpg001" );
const QString kServiceName = QStringLiteral( "targetgroup_test" );

bool writeFile( const QString &path, const QString &text )
{
  QFile file( path );
  if ( !file.open( QIODevice::WriteOnly ) )
    return false;
  file.setPermissions( QFileDevice::ReadOwner | QFileDevice::WriteOwner );
  file.write( text.toUtf8() );
  return true;
}

QString readFile( const QString &path )
{
  QFile file( path );
  return file.open( QIODevice::ReadOnly ) ? QString::fromUtf8( file.readAll() ) : QString();
}

//! Credential stores in a temporary folder: an authentication database with kAuthConfigId, a service file with kServiceName.
class Credentials
{
public:
  Credentials()
  {
    const PgServer &server = *PgServer::instance();
    const QString root = mFolder.path();
    QDir().mkpath( root + QStringLiteral( "/auth" ) );
    mMasterPasswordFile = root + QStringLiteral( "/master" );
    const QString passwordFile = root + QStringLiteral( "/pgpassword" );
    writeFile( mMasterPasswordFile, QStringLiteral( "targetgroup-master-%1\n" ).arg( QDir( root ).dirName() ) );
    writeFile( passwordFile, server.password() + QLatin1Char( '\n' ) );
    QProcessEnvironment environment = InstalledPlugin::instance().environment();
    const ProcessResult created = runProcess( QStringLiteral( TARGETGROUP_PYTHON ),
                                              { QStringLiteral( TARGETGROUP_SOURCE_DIR "/tests/postgis/qgis_credentials.py" ), QStringLiteral( "authcfg" ),
                                                root + QStringLiteral( "/auth" ), mMasterPasswordFile, kAuthConfigId, server.user(), passwordFile },
                                              environment, 300 );
    QFile::remove( passwordFile );
    if ( created.exitCode != 0 )
      mError = QStringLiteral( "could not create the authentication configuration\n" ) + created.transcript();
    mServiceFile = root + QStringLiteral( "/pg_service.conf" );
    writeFile( mServiceFile, QStringLiteral( "[%1]\nhost=%2\nport=%3\ndbname=%4\nuser=%5\npassword=%6\n" )
                                 .arg( kServiceName, server.host(), server.port(), server.dbname(), server.user(), server.password() ) );
  }

  QString error() const { return mError; }
  QString folder() const { return mFolder.path(); }

  //! qgis_process with only the authentication database (no password file, no service file).
  QProcessEnvironment authEnvironment() const
  {
    QProcessEnvironment environment = withoutCredentials();
    environment.insert( QStringLiteral( "QGIS_AUTH_DB_DIR_PATH" ), mFolder.path() + QStringLiteral( "/auth" ) );
    environment.insert( QStringLiteral( "QGIS_AUTH_PASSWORD_FILE" ), mMasterPasswordFile );
    return environment;
  }
  //! qgis_process with only the service file.
  QProcessEnvironment serviceEnvironment() const
  {
    QProcessEnvironment environment = withoutCredentials();
    environment.insert( QStringLiteral( "PGSERVICEFILE" ), mServiceFile );
    return environment;
  }
  static QProcessEnvironment withoutCredentials()
  {
    QProcessEnvironment environment = PgServer::instance()->qgisEnvironment();
    environment.remove( QStringLiteral( "PGPASSFILE" ) );
    // libpq would otherwise find ~/.pgpass in the test profile's HOME (there is none; make sure).
    environment.insert( QStringLiteral( "PGPASSFILE" ), QStringLiteral( "/nonexistent/pgpass" ) );
    return environment;
  }

private:
  QTemporaryDir mFolder;
  QString mMasterPasswordFile;
  QString mServiceFile;
  QString mError;
};

//! "postgres://…" source through the authentication configuration, no user, no password.
QString authSource( const QString &table, const QString &port = QString() )
{
  const PgServer &server = *PgServer::instance();
  return QStringLiteral( "postgres://dbname='%1' host=%2 port=%3 authcfg=%4 table=\"public\".\"%5\" (geom)" )
      .arg( server.dbname(), server.host(), port.isEmpty() ? server.port() : port, kAuthConfigId, table );
}

QString authDestination( const QString &table )
{
  const PgServer &server = *PgServer::instance();
  return QStringLiteral( "postgis:dbname='%1' host=%2 port=%3 authcfg=%4 table=\"public\".\"%5\" (geom)" ).arg( server.dbname(), server.host(), server.port(), kAuthConfigId, table );
}

QString serviceSource( const QString &table )
{
  return QStringLiteral( "postgres://service='%1' table=\"public\".\"%2\" (geom)" ).arg( kServiceName, table );
}

QString serviceDestination( const QString &table )
{
  return QStringLiteral( "postgis:service='%1' table=\"public\".\"%2\" (geom)" ).arg( kServiceName, table );
}

//! Every file under \a folder whose contents hold \a secret.
QStringList filesHolding( const QString &folder, const QString &secret )
{
  QStringList holding;
  QDirIterator files( folder, QDir::Files, QDirIterator::Subdirectories );
  while ( files.hasNext() )
  {
    const QString path = files.next();
    QFile file( path );
    if ( file.open( QIODevice::ReadOnly ) && file.readAll().contains( secret.toUtf8() ) )
      holding << path;
  }
  return holding;
}

} // namespace

TEST( PostgisCredentials, AuthConfigurationRunsTheAnalysisAndLeaksNoPassword )
{
  SKIP_WITHOUT_POSTGIS();
  const PgServer &server = *PgServer::instance();
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString loadError = server.loadDemoData();
  ASSERT_TRUE( loadError.isEmpty() ) << loadError.toStdString();
  const Credentials credentials;
  ASSERT_TRUE( credentials.error().isEmpty() ) << credentials.error().toStdString();
  server.query( QStringLiteral( "DROP TABLE IF EXISTS public.cred_households, public.cred_wijk" ) );
  const QString password = server.password();
  ASSERT_GE( password.size(), 12 );

  // The password is needed: without credentials, nothing is read.
  const QProcessEnvironment none = Credentials::withoutCredentials();
  ProcessResult process;
  server.runJson( QStringLiteral( "targetgroup:buildprofile" ),
                  { QStringLiteral( "--INPUT=%1" ).arg( server.source( QStringLiteral( "households" ) ) ), QStringLiteral( "--SEED=\"easy_read_loans\" > 0" ),
                    QStringLiteral( "--FIELDS=age_class" ), QStringLiteral( "--OUTPUT_PROFILE=TEMPORARY_OUTPUT" ), QStringLiteral( "--OUTPUT_TABLE=TEMPORARY_OUTPUT" ) },
                  &process, &none );
  EXPECT_NE( process.exitCode, 0 ) << process.transcript().toStdString();

  // The full analysis through the authentication configuration, into the database.
  // The outputs in a folder of their own (the credential stores beside it hold the password, as they must).
  QDir().mkpath( credentials.folder() + QStringLiteral( "/out" ) );
  const QString out = credentials.folder() + QStringLiteral( "/out/" );
  const QProcessEnvironment auth = credentials.authEnvironment();
  const QJsonObject json = server.runJson( QStringLiteral( "targetgroup:fullanalysis" ),
                                           { QStringLiteral( "--HOUSEHOLDS=%1" ).arg( authSource( QStringLiteral( "households" ) ) ),
                                             QStringLiteral( "--AREAS=%1" ).arg( authSource( QStringLiteral( "wijk" ) ) ),
                                             QStringLiteral( "--SEED=\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ),
                                             QStringLiteral( "--MEMBER=\"is_member\" = 1" ),
                                             QStringLiteral( "--FIELDS=age_class" ), QStringLiteral( "--FIELDS=education" ), QStringLiteral( "--FIELDS=tenure" ),
                                             QStringLiteral( "--OUTPUT_PROFILE=%1profile.json" ).arg( out ),
                                             QStringLiteral( "--OUTPUT_REPORT=%1report.html" ).arg( out ),
                                             QStringLiteral( "--OUTPUT_HOUSEHOLDS=%1" ).arg( authDestination( QStringLiteral( "cred_households" ) ) ),
                                             QStringLiteral( "--OUTPUT_AREAS=%1" ).arg( authDestination( QStringLiteral( "cred_wijk" ) ) ) },
                                           &process, &auth );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  EXPECT_EQ( json.value( QStringLiteral( "results" ) ).toObject().value( QStringLiteral( "MATCHED" ) ).toDouble(), 30000.0 );
  EXPECT_EQ( server.query( QStringLiteral( "SELECT sum(hh_total)::bigint FROM public.cred_wijk" ) ), QStringLiteral( "30000" ) );
  // Nowhere: log and results (qgis_process's stdout and stderr), report, profile, map.
  EXPECT_FALSE( process.standardOutput.contains( password ) );
  EXPECT_FALSE( process.standardError.contains( password ) );
  EXPECT_TRUE( process.standardOutput.contains( QStringLiteral( "authcfg=%1" ).arg( kAuthConfigId ) ) ) << "the results name the connection by its configuration";
  EXPECT_TRUE( readFile( out + QStringLiteral( "report.html" ) ).size() > 1000 );
  EXPECT_EQ( filesHolding( credentials.folder() + QStringLiteral( "/out" ), password ).join( QLatin1Char( ' ' ) ).toStdString(), "" );

  // A saved model that reads through the configuration: the .model3 holds "authcfg=", not the password, and runs.
  const QString model = credentials.folder() + QStringLiteral( "/out/from_database.model3" );
  const ProcessResult saved = runProcess( QStringLiteral( TARGETGROUP_PYTHON ),
                                          { QStringLiteral( TARGETGROUP_SOURCE_DIR "/tests/postgis/qgis_credentials.py" ), QStringLiteral( "model" ), model,
                                            QStringLiteral( "targetgroup:aggregateareas" ),
                                            QStringLiteral( "INPUT=%1" ).arg( authSource( QStringLiteral( "households" ) ) ),
                                            QStringLiteral( "AREAS=%1" ).arg( authSource( QStringLiteral( "wijk" ) ) ),
                                            QStringLiteral( "PROB_FIELD=tg_truth" ), QStringLiteral( "REF_FIELD=tg_truth" ), QStringLiteral( "MIN_COUNT=10" ) },
                                          plugin.environment(), 300 );
  ASSERT_EQ( saved.exitCode, 0 ) << saved.transcript().toStdString();
  const QString modelText = readFile( model );
  EXPECT_TRUE( modelText.contains( QStringLiteral( "authcfg=%1" ).arg( kAuthConfigId ) ) ) << modelText.toStdString();
  EXPECT_FALSE( modelText.contains( password ) );
  const ProcessResult modelRun = plugin.qgisProcess( { QStringLiteral( "run" ), model }, auth );
  ASSERT_EQ( modelRun.exitCode, 0 ) << modelRun.transcript().toStdString();
  EXPECT_FALSE( modelRun.transcript().contains( password ) );
}

TEST( PostgisCredentials, ServiceEntryReadsAndWritesAndLeaksNoPassword )
{
  SKIP_WITHOUT_POSTGIS();
  const PgServer &server = *PgServer::instance();
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString loadError = server.loadDemoData();
  ASSERT_TRUE( loadError.isEmpty() ) << loadError.toStdString();
  const Credentials credentials;
  server.query( QStringLiteral( "DROP TABLE IF EXISTS public.service_wijk" ) );
  const QProcessEnvironment service = credentials.serviceEnvironment();
  ProcessResult process;
  const QJsonObject json = server.runJson( QStringLiteral( "targetgroup:aggregateareas" ),
                                           { QStringLiteral( "--INPUT=%1" ).arg( serviceSource( QStringLiteral( "households" ) ) ),
                                             QStringLiteral( "--AREAS=%1" ).arg( serviceSource( QStringLiteral( "wijk" ) ) ),
                                             QStringLiteral( "--PROB_FIELD=tg_truth" ), QStringLiteral( "--REF_FIELD=tg_truth" ),
                                             QStringLiteral( "--OUTPUT=%1" ).arg( serviceDestination( QStringLiteral( "service_wijk" ) ) ) },
                                           &process, &service );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  EXPECT_EQ( json.value( QStringLiteral( "results" ) ).toObject().value( QStringLiteral( "MATCHED" ) ).toDouble(), 30000.0 );
  EXPECT_EQ( server.query( QStringLiteral( "SELECT sum(hh_total)::bigint FROM public.service_wijk" ) ), QStringLiteral( "30000" ) );
  EXPECT_FALSE( process.transcript().contains( server.password() ) );
  EXPECT_TRUE( process.standardOutput.contains( QStringLiteral( "service='%1'" ).arg( kServiceName ) ) );
}

TEST( PostgisCredentials, BadConnectionNamesTheTableNotThePassword )
{
  SKIP_WITHOUT_POSTGIS();
  const PgServer &server = *PgServer::instance();
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString loadError = server.loadDemoData();
  ASSERT_TRUE( loadError.isEmpty() ) << loadError.toStdString();
  const Credentials credentials;
  ASSERT_TRUE( credentials.error().isEmpty() ) << credentials.error().toStdString();
  const QProcessEnvironment auth = credentials.authEnvironment();
  const QString wrongPort = QString::number( server.port().toInt() + 1 );
  auto run = [&]( const QString &households )
  {
    ProcessResult process;
    server.runJson( QStringLiteral( "targetgroup:buildprofile" ),
                    { QStringLiteral( "--INPUT=%1" ).arg( households ), QStringLiteral( "--SEED=\"easy_read_loans\" > 0" ),
                      QStringLiteral( "--FIELDS=age_class" ), QStringLiteral( "--OUTPUT_PROFILE=TEMPORARY_OUTPUT" ), QStringLiteral( "--OUTPUT_TABLE=TEMPORARY_OUTPUT" ) },
                    &process, &auth );
    return process;
  };

  // Wrong port: no server there.
  ProcessResult process = run( authSource( QStringLiteral( "households" ), wrongPort ) );
  EXPECT_NE( process.exitCode, 0 );
  QString output = process.standardOutput + process.standardError;
  EXPECT_TRUE( output.contains( QStringLiteral( "Could not connect to the database of INPUT" ) ) ) << process.transcript().toStdString();
  EXPECT_TRUE( output.contains( QStringLiteral( "table \"public\".\"households\" in database 'tg'" ) ) ) << process.transcript().toStdString();
  EXPECT_TRUE( output.contains( QStringLiteral( "port %1" ).arg( wrongPort ) ) ) << process.transcript().toStdString();
  EXPECT_FALSE( output.contains( server.password() ) );

  // Missing table.
  process = run( authSource( QStringLiteral( "no_such_households" ) ) );
  EXPECT_NE( process.exitCode, 0 );
  output = process.standardOutput + process.standardError;
  EXPECT_TRUE( output.contains( QStringLiteral( "table \"public\".\"no_such_households\" in database 'tg', which does not exist" ) ) ) << process.transcript().toStdString();
  EXPECT_FALSE( output.contains( server.password() ) );

  // Even a password written into the connection string stays out of the message (qgis_process itself echoes its inputs).
  process = run( QStringLiteral( "postgres://dbname='%1' host=%2 port=%3 user='%4' password='%5' table=\"public\".\"households\" (geom)" )
                     .arg( server.dbname(), server.host(), wrongPort, server.user(), server.password() ) );
  EXPECT_NE( process.exitCode, 0 );
  const QStringList lines = ( process.standardOutput + process.standardError ).split( QLatin1Char( '\n' ) );
  bool named = false;
  for ( const QString &line : lines )
  {
    if ( !line.contains( QStringLiteral( "Could not connect to the database" ) ) )
      continue;
    named = true;
    EXPECT_TRUE( line.contains( QStringLiteral( "\"public\".\"households\"" ) ) ) << line.toStdString();
    EXPECT_FALSE( line.contains( server.password() ) ) << line.toStdString();
  }
  EXPECT_TRUE( named ) << process.transcript().toStdString();
}
