#include "common/outputguard.h"

#include <qgsabstractdatabaseproviderconnection.h>
#include <qgsdatasourceuri.h>
#include <qgsexception.h>
#include <qgsmaplayer.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <memory>

#include <vector>

namespace targetgroup
{

namespace
{

//! A path as the file system names it: canonical when it exists, else absolute and clean.
QString normalisedPath( const QString &path )
{
  if ( path.isEmpty() )
    return QString();
  const QFileInfo info( path );
  if ( info.exists() )
    return info.canonicalFilePath();
  return QDir::cleanPath( info.absoluteFilePath() );
}

//! The file of a data source string of the given provider ("ogr" for plain paths).
QString fileOfSource( const QString &providerKey, const QString &source )
{
  if ( providerKey == QLatin1String( "memory" ) || providerKey == QLatin1String( "postgres" ) || providerKey == QLatin1String( "virtual" ) )
    return QString();
  const QVariantMap parts = QgsProviderRegistry::instance()->decodeUri( providerKey, source );
  QString path = parts.value( QStringLiteral( "path" ) ).toString();
  if ( path.startsWith( QLatin1String( "file://" ) ) )
    path = QUrl( path ).toLocalFile();
  return path.isEmpty() ? QString() : normalisedPath( path );
}

QString fileOfText( const QString &text, QgsProcessingContext &context )
{
  const QString trimmed = text.trimmed();
  if ( trimmed.isEmpty() || trimmed == QgsProcessing::TEMPORARY_OUTPUT || trimmed.startsWith( QLatin1String( "memory:" ) ) || trimmed.startsWith( QLatin1String( "postgis:" ) ) || trimmed.startsWith( QLatin1String( "postgres:" ) ) )
    return QString();
  if ( trimmed.startsWith( QLatin1String( "ogr:" ) ) )
    return normalisedPath( QgsDataSourceUri( trimmed.mid( 4 ) ).database() );
  // A layer of the project (by id or name) or one Processing already holds.
  if ( QgsMapLayer *layer = QgsProcessingUtils::mapLayerFromString( trimmed, context, false ) )
    return fileOfSource( layer->providerType(), layer->source() );
  return fileOfSource( QStringLiteral( "ogr" ), trimmed );
}

bool isInput( const QgsProcessingParameterDefinition *definition )
{
  static const QStringList inputTypes{ QStringLiteral( "source" ), QStringLiteral( "vector" ), QStringLiteral( "layer" ), QStringLiteral( "raster" ), QStringLiteral( "file" ), QStringLiteral( "mesh" ) };
  return inputTypes.contains( definition->type() );
}

bool isFileOutput( const QgsProcessingParameterDefinition *definition )
{
  return definition->isDestination() && definition->type() != QLatin1String( "folderDestination" );
}

QString described( const QgsProcessingParameterDefinition *definition )
{
  return QStringLiteral( "%1 (“%2”)" ).arg( definition->name(), definition->description() );
}

DatabaseTable databaseTableOfUri( const QString &providerKey, const QString &uriText )
{
  DatabaseTable table;
  const QgsDataSourceUri uri( uriText );
  if ( uri.table().isEmpty() )
    return table;
  table.providerKey = providerKey;
  table.uri = uriText;
  table.database = uri.database();
  table.host = uri.host();
  table.port = uri.port();
  table.service = uri.service();
  table.schema = uri.schema().isEmpty() ? QStringLiteral( "public" ) : uri.schema();
  table.table = uri.table();
  // replace=yes: QgsDataSourceUri keeps parameters it does not know.
  static const QRegularExpression replacePattern( QStringLiteral( "(^|\\s)replace\\s*=\\s*'?(yes|true|1)'?(\\s|$)" ), QRegularExpression::CaseInsensitiveOption );
  table.replace = replacePattern.match( uriText ).hasMatch();
  return table;
}

} // namespace

QString fileOfParameterValue( const QVariant &value, QgsProcessingContext &context )
{
  if ( !value.isValid() || value.isNull() )
    return QString();
  if ( value.canConvert<QgsProcessingFeatureSourceDefinition>() )
    return fileOfText( value.value<QgsProcessingFeatureSourceDefinition>().source.valueAsString( context.expressionContext() ), context );
  if ( value.canConvert<QgsProcessingOutputLayerDefinition>() )
    return fileOfText( value.value<QgsProcessingOutputLayerDefinition>().sink.valueAsString( context.expressionContext() ), context );
  if ( value.canConvert<QgsProperty>() )
    return fileOfText( value.value<QgsProperty>().valueAsString( context.expressionContext() ), context );
  if ( QgsMapLayer *layer = qobject_cast<QgsMapLayer *>( qvariant_cast<QObject *>( value ) ) )
    return fileOfSource( layer->providerType(), layer->source() );
  return fileOfText( value.toString(), context );
}

QString DatabaseTable::description() const
{
  if ( !service.isEmpty() )
    return QObject::tr( "table \"%1\".\"%2\" of service '%3'" ).arg( schema, table, service );
  return QObject::tr( "table \"%1\".\"%2\" in database '%3'" ).arg( schema, table, database );
}

bool DatabaseTable::sameTableAs( const DatabaseTable &other ) const
{
  return isValid() && other.isValid() && providerKey == other.providerKey && database == other.database && host == other.host && port == other.port && service == other.service && schema == other.schema && table == other.table;
}

DatabaseTable databaseTableOfText( const QString &text )
{
  const QString trimmed = text.trimmed();
  for ( const QString &prefix : { QStringLiteral( "postgres://" ), QStringLiteral( "postgis:" ), QStringLiteral( "postgres:" ) } )
  {
    if ( trimmed.startsWith( prefix ) )
      return databaseTableOfUri( QStringLiteral( "postgres" ), trimmed.mid( prefix.size() ) );
  }
  return DatabaseTable();
}

DatabaseTable databaseTableOfParameterValue( const QVariant &value, QgsProcessingContext &context )
{
  if ( !value.isValid() || value.isNull() )
    return DatabaseTable();
  QString text;
  if ( value.canConvert<QgsProcessingFeatureSourceDefinition>() )
    text = value.value<QgsProcessingFeatureSourceDefinition>().source.valueAsString( context.expressionContext() );
  else if ( value.canConvert<QgsProcessingOutputLayerDefinition>() )
    text = value.value<QgsProcessingOutputLayerDefinition>().sink.valueAsString( context.expressionContext() );
  else if ( value.canConvert<QgsProperty>() )
    text = value.value<QgsProperty>().valueAsString( context.expressionContext() );
  else if ( QgsMapLayer *layer = qobject_cast<QgsMapLayer *>( qvariant_cast<QObject *>( value ) ) )
    return layer->providerType() == QLatin1String( "postgres" ) ? databaseTableOfUri( layer->providerType(), layer->source() ) : DatabaseTable();
  else
    text = value.toString();
  const DatabaseTable table = databaseTableOfText( text );
  if ( table.isValid() || text.trimmed().isEmpty() || text == QgsProcessing::TEMPORARY_OUTPUT )
    return table;
  // A postgres layer of the project or one Processing already holds (by id or name).
  if ( QgsMapLayer *layer = QgsProcessingUtils::mapLayerFromString( text.trimmed(), context, false ) )
  {
    if ( layer->providerType() == QLatin1String( "postgres" ) )
      return databaseTableOfUri( layer->providerType(), layer->source() );
  }
  return table;
}

int databaseTableExists( const DatabaseTable &table )
{
  if ( !table.isValid() )
    return -1;
  QgsProviderMetadata *metadata = QgsProviderRegistry::instance()->providerMetadata( table.providerKey );
  if ( !metadata )
    return -1;
  try
  {
    std::unique_ptr<QgsAbstractProviderConnection> connection( metadata->createConnection( table.uri, QVariantMap() ) );
    auto *database = dynamic_cast<QgsAbstractDatabaseProviderConnection *>( connection.get() );
    if ( !database )
      return -1;
    return database->tableExists( table.schema, table.table ) ? 1 : 0;
  }
  catch ( const QgsProviderConnectionException & )
  {
    return -1;
  }
}

namespace
{

QString databaseOutputProblem( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  struct Use
  {
    const QgsProcessingParameterDefinition *definition;
    DatabaseTable table;
  };
  std::vector<Use> inputs;
  std::vector<Use> outputs;
  const QgsProcessingParameterDefinitions definitions = algorithm.parameterDefinitions();
  for ( const QgsProcessingParameterDefinition *definition : definitions )
  {
    const bool output = isFileOutput( definition );
    if ( !output && !isInput( definition ) )
      continue;
    const DatabaseTable table = databaseTableOfParameterValue( parameters.value( definition->name() ), context );
    if ( table.isValid() )
      ( output ? outputs : inputs ).push_back( { definition, table } );
  }
  const auto unreachable = []( const Use &use )
  {
    return QObject::tr( "Could not connect to the database of %1 (%2, host %3, port %4). Check the host (a socket folder or a server name), the port, "
                        "the database name and the credentials (an authentication configuration authcfg=…, a service=… entry or a password file)." )
        .arg( described( use.definition ), use.table.description(), use.table.host.isEmpty() ? QObject::tr( "default" ) : use.table.host,
              use.table.port.isEmpty() ? QObject::tr( "default" ) : use.table.port );
  };
  for ( const Use &read : inputs )
  {
    const int exists = databaseTableExists( read.table );
    if ( exists < 0 )
      return unreachable( read );
    if ( exists == 0 )
      return QObject::tr( "The input %1 refers to the %2, which does not exist. Check the schema and table name (… table=\"schema\".\"table\" (geom)), and that the user may see it." )
          .arg( described( read.definition ), read.table.description() );
  }
  for ( std::size_t index = 0; index < outputs.size(); ++index )
  {
    const Use &written = outputs[index];
    for ( const Use &input : inputs )
    {
      if ( input.table.sameTableAs( written.table ) )
        return QObject::tr( "The output %1 is set to the %3, which holds the input %2: writing the output would destroy the input. Choose another table for %1." )
            .arg( described( written.definition ), described( input.definition ), written.table.description() );
    }
    for ( std::size_t other = 0; other < index; ++other )
    {
      if ( outputs[other].table.sameTableAs( written.table ) )
        return QObject::tr( "The outputs %1 and %2 are both set to the %3; the second would overwrite the first. Give each output a table of its own." )
            .arg( described( outputs[other].definition ), described( written.definition ), written.table.description() );
    }
    const int exists = databaseTableExists( written.table );
    if ( exists < 0 )
      return unreachable( written );
    if ( !written.table.replace && exists == 1 )
      return QObject::tr( "The output %1 is set to the %2, which exists already. Choose a new table name, or, to replace the table and its contents, "
                          "add replace=yes to the destination (… table=\"%3\".\"%4\" (geom) replace=yes)." )
          .arg( described( written.definition ), written.table.description(), written.table.schema, written.table.table );
  }
  return QString();
}

} // namespace

QString outputProblem( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  if ( const QString problem = databaseOutputProblem( algorithm, parameters, context ); !problem.isEmpty() )
    return problem;

  struct Use
  {
    const QgsProcessingParameterDefinition *definition;
    QString file;
    bool output;
  };
  std::vector<Use> uses;
  const QgsProcessingParameterDefinitions definitions = algorithm.parameterDefinitions();
  for ( const QgsProcessingParameterDefinition *definition : definitions )
  {
    const bool output = isFileOutput( definition );
    if ( !output && !isInput( definition ) )
      continue;
    const QString file = fileOfParameterValue( parameters.value( definition->name() ), context );
    if ( file.isEmpty() )
      continue;
    const QString suffix = QFileInfo( file ).suffix().toLower();
    if ( output && definition->type() != QLatin1String( "fileDestination" ) && ( suffix == QLatin1String( "shp" ) || suffix == QLatin1String( "dbf" ) ) )
      return QObject::tr( "The output %1 is set to a Shapefile (%2). Shapefiles cut field names to 10 characters (tg_expected_low becomes tg_expec_1), so the next step "
                          "could not read the result. Write %1 as a GeoPackage (.gpkg) instead." )
          .arg( described( definition ), file );
    uses.push_back( { definition, file, output } );
  }
  for ( const Use &written : uses )
  {
    if ( !written.output )
      continue;
    for ( const Use &other : uses )
    {
      if ( &other == &written || other.file != written.file || ( other.output && &other > &written ) )
        continue;
      if ( other.output )
        return QObject::tr( "The outputs %1 and %2 are both set to the file %3; the second would overwrite the first. Give each output a file of its own." )
            .arg( described( other.definition ), described( written.definition ), written.file );
      return QObject::tr( "The output %1 is set to the file %3, which holds the input %2: writing the output would destroy the input. Choose another file for %1 (a GeoPackage is replaced as a whole, with all its layers)." )
          .arg( described( written.definition ), described( other.definition ), written.file );
    }
  }
  return QString();
}

} // namespace targetgroup
