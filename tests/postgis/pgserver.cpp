#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QTemporaryDir>

namespace targetgroup::test
{

namespace
{

QString environmentValue( const char *name )
{
  return QString::fromLocal8Bit( qgetenv( name ) ).trimmed();
}

//! A value in single quotes for a libpq / QgsDataSourceUri connection string.
QString quoted( const QString &value )
{
  QString escaped = value;
  escaped.replace( QLatin1Char( '\\' ), QStringLiteral( "\\\\" ) ).replace( QLatin1Char( '\'' ), QStringLiteral( "\\'" ) );
  return QStringLiteral( "'%1'" ).arg( escaped );
}

} // namespace

const PgServer *PgServer::instance()
{
  static const PgServer *server = []() -> const PgServer *
  {
    auto *candidate = new PgServer();
    candidate->mHost = environmentValue( "TARGETGROUP_TEST_PG_HOST" );
    candidate->mPort = environmentValue( "TARGETGROUP_TEST_PG_PORT" );
    candidate->mDbname = environmentValue( "TARGETGROUP_TEST_PG_DBNAME" );
    candidate->mUser = environmentValue( "TARGETGROUP_TEST_PG_USER" );
    candidate->mLog = environmentValue( "TARGETGROUP_TEST_PG_LOG" );
    QFile passwordFile( environmentValue( "TARGETGROUP_TEST_PG_PASSWORD_FILE" ) );
    if ( candidate->mHost.isEmpty() || candidate->mPort.isEmpty() || candidate->mDbname.isEmpty() || candidate->mUser.isEmpty() || !passwordFile.open( QIODevice::ReadOnly ) )
    {
      delete candidate;
      return nullptr;
    }
    candidate->mPassword = QString::fromUtf8( passwordFile.readAll() ).trimmed();
    // libpq's password file: only this user may read it (libpq ignores it otherwise).
    auto *folder = new QTemporaryDir(); // deliberately leaked: lives as long as the tests
    candidate->mPassFile = folder->path() + QStringLiteral( "/pgpass" );
    QFile pass( candidate->mPassFile );
    if ( !pass.open( QIODevice::WriteOnly ) )
    {
      delete candidate;
      return nullptr;
    }
    pass.setPermissions( QFileDevice::ReadOwner | QFileDevice::WriteOwner );
    // host:port:database:user:password; the socket folder is the host.
    pass.write( QStringLiteral( "*:%1:*:%2:%3\n" ).arg( candidate->mPort, candidate->mUser, candidate->mPassword ).toUtf8() );
    pass.close();
    return candidate;
  }();
  return server;
}

QString PgServer::skipMessage()
{
  return QStringLiteral( "No PostgreSQL + PostGIS server given: set TARGETGROUP_TEST_PG_HOST, _PORT, _DBNAME, _USER and _PASSWORD_FILE "
                         "(eval \"$(scripts/postgis-cluster.sh start)\" starts a throw-away one; scripts/test.sh does this itself)." );
}

QString PgServer::connectionInfo() const
{
  return QStringLiteral( "dbname=%1 host=%2 port=%3 user=%4" ).arg( quoted( mDbname ), mHost, mPort, quoted( mUser ) );
}

QString PgServer::source( const QString &table, const QString &key, const QString &schema ) const
{
  const QString keyPart = key.isEmpty() ? QString() : QStringLiteral( " key=%1" ).arg( quoted( key ) );
  return QStringLiteral( "postgres://%1%2 table=\"%3\".\"%4\" (geom)" ).arg( connectionInfo(), keyPart, schema, table );
}

QString PgServer::destination( const QString &table, const QString &schema ) const
{
  return QStringLiteral( "postgis:%1 table=\"%2\".\"%3\" (geom)" ).arg( connectionInfo(), schema, table );
}

QString PgServer::query( const QString &sql, QString *error ) const
{
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert( QStringLiteral( "PGPASSFILE" ), mPassFile );
  const ProcessResult result = runProcess( QStringLiteral( "psql" ),
                                           { QStringLiteral( "-X" ), QStringLiteral( "-q" ), QStringLiteral( "-A" ), QStringLiteral( "-t" ),
                                             QStringLiteral( "-v" ), QStringLiteral( "ON_ERROR_STOP=1" ), QStringLiteral( "-h" ), mHost,
                                             QStringLiteral( "-p" ), mPort, QStringLiteral( "-U" ), mUser, QStringLiteral( "-d" ), mDbname,
                                             QStringLiteral( "-c" ), sql },
                                           environment, 600 );
  if ( result.exitCode != 0 )
  {
    if ( error )
      *error = QStringLiteral( "psql failed on %1\n%2" ).arg( sql, result.transcript() );
    return QString();
  }
  if ( error )
    error->clear();
  return result.standardOutput.trimmed();
}

QString PgServer::loadLayer( const QString &fileSource, const QString &layerName, const QString &table ) const
{
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert( QStringLiteral( "PGPASSFILE" ), mPassFile );
  const QString target = QStringLiteral( "PG:%1" ).arg( connectionInfo() );
  QStringList arguments{ QStringLiteral( "-f" ), QStringLiteral( "PostgreSQL" ), target, fileSource };
  if ( !layerName.isEmpty() )
    arguments << layerName; // else the file's only layer
  arguments << QStringLiteral( "-nln" ) << table << QStringLiteral( "-overwrite" ) << QStringLiteral( "-lco" ) << QStringLiteral( "GEOMETRY_NAME=geom" )
            << QStringLiteral( "-lco" ) << QStringLiteral( "FID=fid" ) << QStringLiteral( "-lco" ) << QStringLiteral( "SPATIAL_INDEX=GIST" );
  const ProcessResult result = runProcess( QStringLiteral( "ogr2ogr" ), arguments, environment, 600 );
  if ( result.exitCode != 0 )
    return QStringLiteral( "ogr2ogr %1 %2 → %3 failed\n%4" ).arg( fileSource, layerName, table, result.transcript() );
  return QString();
}

QString PgServer::loadDemoData() const
{
  static QMutex mutex;
  static bool loaded = false;
  static QString error;
  const QMutexLocker locker( &mutex );
  if ( loaded )
    return error;
  loaded = true;
  const QStringList layers{ QStringLiteral( "households" ), QStringLiteral( "wijk" ), QStringLiteral( "gemeente" ), QStringLiteral( "provincie" ) };
  for ( const QString &layer : layers )
  {
    error = loadLayer( demoDataPath(), layer, layer );
    if ( !error.isEmpty() )
      return error;
  }
  return error;
}

QProcessEnvironment PgServer::qgisEnvironment() const
{
  QProcessEnvironment environment = InstalledPlugin::instance().environment();
  environment.remove( QStringLiteral( "PGPASSWORD" ) );
  environment.remove( QStringLiteral( "PGSERVICE" ) );
  environment.insert( QStringLiteral( "PGPASSFILE" ), mPassFile );
  return environment;
}

QJsonObject PgServer::runJson( const QString &algorithmId, const QStringList &parameterAssignments, ProcessResult *process,
                               const QProcessEnvironment *environment ) const
{
  QStringList arguments{ QStringLiteral( "run" ), algorithmId, QStringLiteral( "--json" ) };
  arguments << parameterAssignments;
  const ProcessResult result = InstalledPlugin::instance().qgisProcess( arguments, environment ? *environment : qgisEnvironment() );
  if ( process )
    *process = result;
  const int start = result.standardOutput.indexOf( QLatin1Char( '{' ) );
  if ( start < 0 )
    return QJsonObject();
  return QJsonDocument::fromJson( result.standardOutput.mid( start ).toUtf8() ).object();
}

qint64 PgServer::logSize() const
{
  return QFile( mLog ).size();
}

QString PgServer::logFrom( qint64 offset ) const
{
  QFile log( mLog );
  if ( !log.open( QIODevice::ReadOnly ) )
    return QString();
  log.seek( offset );
  return QString::fromUtf8( log.readAll() );
}

} // namespace targetgroup::test
