#include "common/layerstyles.h"

#include "common/outputguard.h"
#include "common/outputschema.h"
#include "common/qgiscompat.h"

#include <qgsabstractdatabaseproviderconnection.h>
#include <qgsclassificationquantile.h>
#include <qgsdatasourceuri.h>
#include <qgsexpression.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsfillsymbol.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgslayertree.h>
#include <qgsmaplayerstore.h>
#include <qgsmarkersymbol.h>
#include <qgsprocessingfeedback.h>
#include <qgsproject.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace targetgroup::styles
{

namespace
{

const QString &shareField()
{
  return schema::kShare;
}
const QString &suppressedField()
{
  return schema::kSuppressed;
}
const QString &probabilityField()
{
  return schema::kProbability;
}

//! Bounds written into filter expressions round-trip exactly.
QString exactNumber( double value )
{
  return QString::number( value, 'g', 17 );
}

QgsFillSymbol *areaSymbol( const QColor &fill, const QColor &outline = QColor( 255, 255, 255 ) )
{
  QVariantMap properties;
  properties.insert( QStringLiteral( "color" ), fill.name() );
  properties.insert( QStringLiteral( "style" ), QStringLiteral( "solid" ) );
  properties.insert( QStringLiteral( "outline_color" ), outline.name() );
  properties.insert( QStringLiteral( "outline_width" ), QStringLiteral( "0.1" ) );
  properties.insert( QStringLiteral( "outline_width_unit" ), QStringLiteral( "MM" ) );
  return QgsFillSymbol::createSimple( properties );
}

QgsMarkerSymbol *householdSymbol( const QColor &fill )
{
  QVariantMap properties;
  properties.insert( QStringLiteral( "name" ), QStringLiteral( "circle" ) );
  properties.insert( QStringLiteral( "color" ), fill.name() );
  properties.insert( QStringLiteral( "outline_color" ), QStringLiteral( "#4d4d4d" ) );
  properties.insert( QStringLiteral( "outline_width" ), QStringLiteral( "0.1" ) );
  properties.insert( QStringLiteral( "size" ), QStringLiteral( "1.6" ) );
  return QgsMarkerSymbol::createSimple( properties );
}

//! Non-NULL numeric values of a field; stops after \a limit features (0 = all).
QList<double> readValues( const QgsVectorLayer &layer, int fieldIndex, int suppressedIndex, int limit, bool &hasUnsuppressedNull )
{
  hasUnsuppressedNull = false;
  QgsFeatureRequest request;
  request.setFlags( compat::RequestNoGeometry );
  QgsAttributeList attributes{ fieldIndex };
  if ( suppressedIndex >= 0 )
    attributes << suppressedIndex;
  request.setSubsetOfAttributes( attributes );
  if ( limit > 0 )
    request.setLimit( limit );
  QList<double> values;
  QgsFeatureIterator features = layer.getFeatures( request );
  QgsFeature feature;
  while ( features.nextFeature( feature ) )
  {
    const QVariant value = feature.attribute( fieldIndex );
    bool numeric = false;
    const double number = value.toDouble( &numeric );
    if ( !value.isNull() && numeric && std::isfinite( number ) )
    {
      values << number;
      continue;
    }
    const bool suppressed = suppressedIndex >= 0 && feature.attribute( suppressedIndex ).toInt() == 1;
    if ( !suppressed )
      hasUnsuppressedNull = true;
  }
  return values;
}

} // namespace

QList<QColor> areaColors()
{
  return { QColor( 0xff, 0xff, 0xcc ), QColor( 0xa1, 0xda, 0xb4 ), QColor( 0x41, 0xb6, 0xc4 ), QColor( 0x2c, 0x7f, 0xb8 ), QColor( 0x25, 0x34, 0x94 ) };
}

QList<QColor> householdColors()
{
  return { QColor( 0xff, 0xff, 0xb2 ), QColor( 0xfe, 0xcc, 0x5c ), QColor( 0xfd, 0x8d, 0x3c ), QColor( 0xf0, 0x3b, 0x20 ), QColor( 0xbd, 0x00, 0x26 ) };
}

QList<QColor> spreadColors( const QList<QColor> &ramp, int classCount )
{
  QList<QColor> colors;
  if ( ramp.isEmpty() || classCount <= 0 )
    return colors;
  if ( classCount == 1 )
    return { ramp.at( ramp.size() / 2 ) };
  for ( int i = 0; i < classCount; ++i )
  {
    const int position = static_cast<int>( std::lround( static_cast<double>( i ) * ( ramp.size() - 1 ) / ( classCount - 1 ) ) );
    colors << ramp.at( std::clamp( position, 0, static_cast<int>( ramp.size() ) - 1 ) );
  }
  return colors;
}

QList<double> quantileBounds( const QList<double> &values, int classCount )
{
  QList<double> finite;
  for ( double value : values )
  {
    if ( std::isfinite( value ) )
      finite << value;
  }
  if ( finite.isEmpty() || classCount <= 0 )
    return {};
  const auto [minimum, maximum] = std::minmax_element( finite.constBegin(), finite.constEnd() );
  if ( *minimum == *maximum )
    return { *minimum, *maximum };

  QgsClassificationQuantile quantile;
  const QList<QgsClassificationRange> ranges = quantile.classes( finite, classCount );
  QList<double> bounds{ *minimum };
  for ( const QgsClassificationRange &range : ranges )
  {
    const double upper = std::clamp( range.upperBound(), *minimum, *maximum );
    if ( upper > bounds.last() )
      bounds << upper;
  }
  if ( bounds.last() < *maximum )
    bounds << *maximum; // QGIS's last range always ends at the maximum; be sure
  return bounds;
}

int percentDecimals( const QList<double> &bounds )
{
  constexpr int kMostDecimals = 3;
  for ( int decimals = 0; decimals < kMostDecimals; ++decimals )
  {
    bool distinct = true;
    for ( int i = 1; i < bounds.size() && distinct; ++i )
      distinct = QString::number( bounds.at( i - 1 ) * 100.0, 'f', decimals ) != QString::number( bounds.at( i ) * 100.0, 'f', decimals );
    if ( distinct )
      return decimals;
  }
  return kMostDecimals;
}

QString percentRange( double lower, double upper, int decimals )
{
  // The user's locale: "8,5–12,0%" in a Dutch QGIS.
  const QLocale locale;
  const QString lowerText = locale.toString( lower * 100.0, 'f', decimals );
  const QString upperText = locale.toString( upper * 100.0, 'f', decimals );
  if ( lowerText == upperText )
    return lowerText; // one value: "10", not "10–10"
  return QStringLiteral( "%1–%2" ).arg( lowerText, upperText );
}

QString areaClassLabel( double lower, double upper, int decimals )
{
  return QObject::tr( "%1% of households" ).arg( percentRange( lower, upper, decimals ) );
}

QString householdClassLabel( double lower, double upper, int decimals )
{
  return QObject::tr( "%1% chance" ).arg( percentRange( lower, upper, decimals ) );
}

QString suppressedLabel( int minimumCount )
{
  if ( minimumCount > 0 )
    return QObject::tr( "Suppressed: fewer than %1 households" ).arg( minimumCount );
  return QObject::tr( "Suppressed: too few households to show" );
}

int areaClassCount( const QList<double> &shares )
{
  if ( shares.isEmpty() )
    return 0;
  const auto [lowest, highest] = std::minmax_element( shares.begin(), shares.end() );
  // Differences under one percentage point are noise at the level of areas:
  // one colour, so that 9.9% and 10.3% do not look like opposites.
  if ( *highest - *lowest < kMinimumShareSpread )
    return 1;
  // At least kAreasPerClass areas per class: two provincies or seven gemeenten
  // get one or two classes, not five that each hold one area.
  return std::clamp( static_cast<int>( shares.size() ) / kAreasPerClass, 1, kClassCount );
}

std::unique_ptr<QgsRuleBasedRenderer> areaRenderer( const QList<double> &shares, int minimumCount, bool withNoEstimateRule )
{
  const QList<double> bounds = quantileBounds( shares, std::max( 1, areaClassCount( shares ) ) );
  const int classCount = bounds.size() - 1;
  const int decimals = percentDecimals( bounds );
  const QList<QColor> colors = spreadColors( areaColors(), classCount );
  const QString share = QgsExpression::quotedColumnRef( shareField() );

  auto root = std::make_unique<QgsRuleBasedRenderer::Rule>( nullptr );
  for ( int i = 0; i < classCount; ++i )
  {
    // Open-ended first and last classes: a value outside the data's range still gets a colour.
    QStringList conditions;
    if ( i > 0 )
      conditions << QStringLiteral( "%1 > %2" ).arg( share, exactNumber( bounds.at( i ) ) );
    if ( i < classCount - 1 )
      conditions << QStringLiteral( "%1 <= %2" ).arg( share, exactNumber( bounds.at( i + 1 ) ) );
    if ( conditions.isEmpty() )
      conditions << QStringLiteral( "%1 IS NOT NULL" ).arg( share );
    const QString label = areaClassLabel( bounds.at( i ), bounds.at( i + 1 ), decimals );
    root->appendChild( new QgsRuleBasedRenderer::Rule( areaSymbol( colors.at( i ) ), 0, 0, conditions.join( QLatin1String( " AND " ) ), label ) );
  }
  root->appendChild( new QgsRuleBasedRenderer::Rule( areaSymbol( kSuppressedColor ), 0, 0,
                                                     QStringLiteral( "%1 = 1" ).arg( QgsExpression::quotedColumnRef( suppressedField() ) ),
                                                     suppressedLabel( minimumCount ) ) );
  if ( withNoEstimateRule )
  {
    auto noEstimate = new QgsRuleBasedRenderer::Rule( areaSymbol( QColor( 255, 255, 255 ), kSuppressedColor.darker( 130 ) ), 0, 0, QStringLiteral( "ELSE" ), QObject::tr( "No estimate (no households)" ) );
    noEstimate->setIsElse( true );
    root->appendChild( noEstimate );
  }
  return std::make_unique<QgsRuleBasedRenderer>( root.release() );
}

std::unique_ptr<QgsRuleBasedRenderer> areaRenderer( const QgsVectorLayer &layer, int minimumCount )
{
  const int shareIndex = layer.fields().lookupField( shareField() );
  if ( shareIndex < 0 )
    return nullptr;
  bool hasUnsuppressedNull = false;
  const QList<double> shares = readValues( layer, shareIndex, layer.fields().lookupField( suppressedField() ), 0, hasUnsuppressedNull );
  return areaRenderer( shares, minimumCount, hasUnsuppressedNull );
}

std::unique_ptr<QgsGraduatedSymbolRenderer> householdRenderer( const QList<double> &probabilities )
{
  const QList<double> bounds = quantileBounds( probabilities, kClassCount );
  const int classCount = bounds.size() - 1;
  const int decimals = percentDecimals( bounds );
  const QList<QColor> colors = spreadColors( householdColors(), classCount );
  QgsRangeList ranges;
  for ( int i = 0; i < classCount; ++i )
    ranges << QgsRendererRange( bounds.at( i ), bounds.at( i + 1 ), householdSymbol( colors.at( i ) ), householdClassLabel( bounds.at( i ), bounds.at( i + 1 ), decimals ) );
  auto renderer = std::make_unique<QgsGraduatedSymbolRenderer>( probabilityField(), ranges );
  // So the symbology dialog shows the mode the classes were made with.
  renderer->setClassificationMethod( new QgsClassificationQuantile() );
  return renderer;
}

std::unique_ptr<QgsGraduatedSymbolRenderer> householdRenderer( const QgsVectorLayer &layer )
{
  const int probabilityIndex = layer.fields().lookupField( probabilityField() );
  if ( probabilityIndex < 0 )
    return nullptr;
  bool hasNull = false;
  return householdRenderer( readValues( layer, probabilityIndex, -1, kHouseholdSampleSize, hasNull ) );
}

bool applyStyle( QgsVectorLayer *layer, OutputKind kind, int minimumCount )
{
  if ( !layer )
    return false;
  std::unique_ptr<QgsFeatureRenderer> renderer;
  if ( kind == OutputKind::Areas )
    renderer = areaRenderer( *layer, minimumCount );
  else
    renderer = householdRenderer( *layer );
  if ( !renderer )
    return false;
  layer->setRenderer( renderer.release() );
  // Aliases and number display travel with the style (QGIS keeps them in the .qml / layer_styles).
  schema::applyFieldDisplay( *layer, kind == OutputKind::Areas ? schema::areaFigureFields() : schema::householdScoreFields() );
  return true;
}

namespace
{

QString sqlText( const QString &value )
{
  QString escaped = value;
  escaped.replace( QLatin1Char( '\'' ), QStringLiteral( "''" ) );
  return QStringLiteral( "'%1'" ).arg( escaped );
}

/**
 * QGIS's PostGIS provider records with a style the geometry type of the URI
 * it was saved from ('Unknown geometry': a destination has no type=), and
 * loads a default style only for the same type or none; the browser and DB
 * Manager open tables with type=MultiPolygon, so they would not find it.
 * Without a type the style is found from every URI.
 */
void matchAnyGeometryType( const QgsVectorLayer &layer )
{
  QgsProviderMetadata *metadata = QgsProviderRegistry::instance()->providerMetadata( QStringLiteral( "postgres" ) );
  if ( !metadata )
    return;
  const QgsDataSourceUri uri( layer.source() );
  try
  {
    std::unique_ptr<QgsAbstractProviderConnection> connection( metadata->createConnection( layer.source(), QVariantMap() ) );
    if ( auto *database = dynamic_cast<QgsAbstractDatabaseProviderConnection *>( connection.get() ) )
      database->executeSql( QStringLiteral( "UPDATE layer_styles SET type = NULL WHERE f_table_catalog = %1 AND f_table_schema = %2 AND f_table_name = %3 AND f_geometry_column = %4 AND stylename = 'targetgroup'" )
                                .arg( sqlText( uri.database() ), sqlText( uri.schema().isEmpty() ? QStringLiteral( "public" ) : uri.schema() ), sqlText( uri.table() ), sqlText( uri.geometryColumn() ) ) );
  }
  catch ( const QgsProviderConnectionException & )
  {
    // The style stays, found from URIs without a geometry type.
  }
}

} // namespace

QString storeStyleWithFile( QgsVectorLayer &layer, QString &error )
{
  error.clear();
  if ( layer.dataProvider() && layer.dataProvider()->isSaveAndLoadStyleToDatabaseSupported() )
  {
    QString databaseError;
    if ( layer.providerType() == QLatin1String( "postgres" ) )
    {
      // Saving over a style of the same name, QGIS's PostGIS provider asks
      // "… already exists … overwrite?" in a dialog, which nobody answers in
      // qgis_process (it hangs): remove our earlier style of this table first
      // (a rerun with replace=yes, or a table dropped and written again).
      QStringList ids;
      QStringList names;
      QStringList descriptions;
      const int related = layer.listStylesInDatabase( ids, names, descriptions, databaseError );
      for ( int index = 0; index < related && index < ids.size() && index < names.size(); ++index )
      {
        if ( names.at( index ) == QLatin1String( "targetgroup" ) )
          layer.deleteStyleFromDatabase( ids.at( index ), databaseError );
      }
      databaseError.clear();
    }
    layer.saveStyleToDatabase( QStringLiteral( "targetgroup" ), QObject::tr( "Target group default style" ), true, QString(), databaseError );
    if ( databaseError.isEmpty() && layer.providerType() == QLatin1String( "postgres" ) )
    {
      matchAnyGeometryType( layer );
      return QObject::tr( "layer_styles of %1" ).arg( databaseTableOfText( QStringLiteral( "postgres://" ) + layer.source() ).description() );
    }
    if ( databaseError.isEmpty() )
    {
      const QVariantMap parts = QgsProviderRegistry::instance()->decodeUri( layer.providerType(), layer.source() );
      return QObject::tr( "layer_styles of %1" ).arg( parts.value( QStringLiteral( "path" ), layer.source() ).toString() );
    }
    error = databaseError; // fall back to a .qml beside the file
  }
  const QString qmlPath = layer.styleURI();
  if ( !qmlPath.endsWith( QLatin1String( ".qml" ), Qt::CaseInsensitive ) )
  {
    error = QObject::tr( "%1 is not a file, so no .qml can be written beside it." ).arg( layer.source() );
    return QString();
  }
  bool written = false;
  const QString message = layer.saveNamedStyle( qmlPath, written );
  if ( !written )
  {
    error = message;
    return QString();
  }
  error.clear();
  return qmlPath;
}

QString styleOutput( const QString &outputId, OutputKind kind, int minimumCount, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  auto warn = [feedback]( const QString &text )
  {
    if ( feedback )
      feedback->pushWarning( text );
  };
  QString stored;
  if ( QgsVectorLayer *inContext = qobject_cast<QgsVectorLayer *>( context.temporaryLayerStore()->mapLayer( outputId ) ) )
  {
    // A database table Processing holds as a layer (newer QGIS return its id) gets the style stored in layer_styles too.
    const bool inDatabase = inContext->providerType() == QLatin1String( "postgres" );
    const QString described = inDatabase ? databaseTableOfText( QStringLiteral( "postgres://" ) + inContext->source() ).description() : inContext->name();
    if ( !applyStyle( inContext, kind, minimumCount ) )
      warn( QObject::tr( "The output %1 has no %2 field; it keeps the default style." ).arg( described, kind == OutputKind::Areas ? shareField() : probabilityField() ) );
    else if ( inDatabase )
    {
      QString error;
      stored = storeStyleWithFile( *inContext, error );
      if ( stored.isEmpty() )
        warn( QObject::tr( "Could not store the default style of %1: %2" ).arg( described, error ) );
      else if ( feedback )
        feedback->pushInfo( QObject::tr( "Default style stored in %1." ).arg( stored ) );
    }
  }
  else
  {
    // A file, or a database table ("postgis:…" destination): never name the
    // latter by its connection string, which may hold credentials.
    const DatabaseTable table = databaseTableOfText( outputId );
    const QString described = table.isValid() ? table.description() : outputId;
    QgsVectorLayer::LayerOptions options( context.transformContext() );
    options.loadDefaultStyle = false;
    QgsVectorLayer fileLayer( table.isValid() ? table.uri : outputId, QStringLiteral( "targetgroup" ), table.isValid() ? table.providerKey : QStringLiteral( "ogr" ), options );
    if ( !fileLayer.isValid() )
      warn( QObject::tr( "Could not open %1 to store its default style." ).arg( described ) );
    else if ( !applyStyle( &fileLayer, kind, minimumCount ) )
      warn( QObject::tr( "%1 has no %2 field; no default style was stored." ).arg( described, kind == OutputKind::Areas ? shareField() : probabilityField() ) );
    else
    {
      QString error;
      stored = storeStyleWithFile( fileLayer, error );
      if ( stored.isEmpty() )
        warn( QObject::tr( "Could not store the default style of %1: %2" ).arg( described, error ) );
      else if ( feedback )
        feedback->pushInfo( QObject::tr( "Default style stored in %1." ).arg( stored ) );
    }
  }

  if ( context.willLoadLayerOnCompletion( outputId ) )
  {
    QgsProcessingLayerPostProcessorInterface *postProcessor = nullptr;
    if ( kind == OutputKind::Areas )
      postProcessor = AreaStylePostProcessor::create( minimumCount );
    else
      postProcessor = HouseholdStylePostProcessor::create();
    context.layerToLoadOnCompletionDetails( outputId ).setPostProcessor( postProcessor );
  }
  return stored;
}

AreaStylePostProcessor *AreaStylePostProcessor::create( int minimumCount )
{
  return new AreaStylePostProcessor( minimumCount );
}

double drawRank( QgsVectorLayer &layer, OutputKind kind )
{
  // Households on top; then areas by how many there are, finer above coarser,
  // so that provincies never hide the wijken drawn under them.
  return kind == OutputKind::Households ? -std::numeric_limits<double>::max() : -static_cast<double>( layer.featureCount() );
}

void placeInLayerTree( QgsVectorLayer &layer, OutputKind kind, QgsProject *project )
{
  layer.setCustomProperty( kDrawRankProperty, drawRank( layer, kind ) );
  if ( !project )
    return;
  QgsLayerTreeLayer *node = project->layerTreeRoot()->findLayer( layer.id() );
  QgsLayerTreeGroup *parent = node ? qobject_cast<QgsLayerTreeGroup *>( node->parent() ) : nullptr;
  if ( !parent )
    return;
  const double rank = layer.customProperty( kDrawRankProperty ).toDouble();
  // Below the last of this provider's layers that should be drawn above it
  // (lower rank), above the first that should be drawn below it. Other layers
  // keep their places.
  const QList<QgsLayerTreeNode *> children = parent->children();
  int lastAbove = -1;
  int firstBelow = -1;
  for ( int i = 0; i < children.size(); ++i )
  {
    QgsLayerTreeLayer *sibling = QgsLayerTree::isLayer( children.at( i ) ) ? QgsLayerTree::toLayer( children.at( i ) ) : nullptr;
    if ( !sibling || sibling == node || !sibling->layer() || !sibling->layer()->customProperty( kDrawRankProperty ).isValid() )
      continue;
    if ( sibling->layer()->customProperty( kDrawRankProperty ).toDouble() <= rank )
      lastAbove = i;
    else if ( firstBelow < 0 )
      firstBelow = i;
  }
  const int current = children.indexOf( node );
  if ( ( lastAbove < 0 || current > lastAbove ) && ( firstBelow < 0 || current < firstBelow ) )
    return; // already in its place
  const int target = lastAbove >= 0 ? lastAbove + 1 : firstBelow;
  parent->insertChildNode( target, node->clone() );
  parent->removeChildNode( node );
}

void AreaStylePostProcessor::postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  QgsVectorLayer *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
  if ( !applyStyle( vectorLayer, OutputKind::Areas, mMinimumCount ) )
  {
    if ( feedback && layer )
      feedback->pushWarning( QObject::tr( "%1 has no %2 field; it keeps the default style." ).arg( layer->name(), shareField() ) );
    return;
  }
  placeInLayerTree( *vectorLayer, OutputKind::Areas, context.project() );
  vectorLayer->triggerRepaint();
}

HouseholdStylePostProcessor *HouseholdStylePostProcessor::create()
{
  return new HouseholdStylePostProcessor();
}

void HouseholdStylePostProcessor::postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  QgsVectorLayer *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
  if ( !applyStyle( vectorLayer, OutputKind::Households ) )
  {
    if ( feedback && layer )
      feedback->pushWarning( QObject::tr( "%1 has no %2 field; it keeps the default style." ).arg( layer->name(), probabilityField() ) );
    return;
  }
  placeInLayerTree( *vectorLayer, OutputKind::Households, context.project() );
  vectorLayer->triggerRepaint();
}

} // namespace targetgroup::styles
