#include "common/outputguard.h"

#include <qgsdatasourceuri.h>
#include <qgsexception.h>
#include <qgsmaplayer.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgsproviderregistry.h>

#include <QDir>
#include <QFileInfo>
#include <QUrl>

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

QString outputProblem( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
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
