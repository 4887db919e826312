#pragma once
// Default styles of the target-group outputs, built with QGIS's own renderers:
// area layers graduated on tg_share (quantile classes, colour-blind-safe
// sequential ramp, suppressed areas in neutral grey), scored households
// graduated on tg_prob. Legends read as a person would say them
// ("8–12% of households"). The styles are applied to layers, stored with file
// outputs (the GeoPackage's layer_styles table, or a sidecar .qml) and applied
// by a layer post-processor when QGIS desktop loads a result.

#include <qgsprocessingcontext.h>
#include <qgsrenderer.h>

#include <QColor>
#include <QList>
#include <QString>

#include <memory>

class QgsGraduatedSymbolRenderer;
class QgsProcessingFeedback;
class QgsRuleBasedRenderer;
class QgsProject;
class QgsVectorLayer;

namespace targetgroup::styles
{

//! Number of colour classes of the default styles (at most).
inline constexpr int kClassCount = 5;
//! Areas per colour class at least: fewer areas get fewer classes.
inline constexpr int kAreasPerClass = 3;
//! Shares that differ less than this (one percentage point) get one colour.
inline constexpr double kMinimumShareSpread = 0.01;
//! Households read at most to find the tg_prob class bounds (the layer may hold millions).
inline constexpr int kHouseholdSampleSize = 100000;
//! Fill of suppressed areas: neutral grey, outside the colour ramps.
inline const QColor kSuppressedColor = QColor( 189, 189, 189 );

//! Sequential, colour-blind-safe ramps (ColorBrewer YlGnBu / YlOrRd, 5 classes), light = low.
QList<QColor> areaColors();
QList<QColor> householdColors();
//! \a classCount colours spread over a 5-colour ramp (1 class: the middle colour).
QList<QColor> spreadColors( const QList<QColor> &ramp, int classCount );

/**
 * Bounds of up to \a classCount quantile classes of \a values (QGIS's
 * QgsClassificationQuantile): classCount + 1 ascending values from the minimum
 * to the maximum. Repeated bounds (many equal values) are merged, so there
 * may be fewer classes; no values give an empty list, one distinct value
 * gives [v, v] (one class).
 */
QList<double> quantileBounds( const QList<double> &values, int classCount );

//! Fewest decimals (0..3) with which the bounds, as percentages, stay distinct.
int percentDecimals( const QList<double> &bounds );
//! "8–12" for lower 0.08, upper 0.12 and 0 decimals.
QString percentRange( double lower, double upper, int decimals );

//! Legend labels: "8–12% of households" per area class, "10–20% chance" per household class.
QString areaClassLabel( double lower, double upper, int decimals );
QString householdClassLabel( double lower, double upper, int decimals );
//! "Suppressed: fewer than 10 households"; a generic text when \a minimumCount <= 0 (unknown).
QString suppressedLabel( int minimumCount );

/**
 * How many colour classes suit these area shares: one when they differ by
 * less than kMinimumShareSpread, else one per kAreasPerClass areas, at most
 * kClassCount (0 without shares).
 */
int areaClassCount( const QList<double> &shares );

/**
 * Area style: a rule-based renderer with one rule per quantile class
 * (areaClassCount() classes) of
 * \a shares (tg_share values, 0..1, of the areas that are not suppressed), a
 * grey rule for suppressed = 1 labelled with suppressedLabel( minimumCount ),
 * and, when \a withNoEstimateRule, an ELSE rule for areas without an estimate
 * (no households and not suppressed). The first class has no lower limit and
 * the last no upper limit, so every share gets a colour.
 */
std::unique_ptr<QgsRuleBasedRenderer> areaRenderer( const QList<double> &shares, int minimumCount, bool withNoEstimateRule = false );
//! The same, reading tg_share and suppressed from the layer. Nullptr when it lacks tg_share.
std::unique_ptr<QgsRuleBasedRenderer> areaRenderer( const QgsVectorLayer &layer, int minimumCount );

//! Household style: graduated on tg_prob, quantile classes of \a probabilities, "10–20% chance".
std::unique_ptr<QgsGraduatedSymbolRenderer> householdRenderer( const QList<double> &probabilities );
//! The same from the layer's tg_prob (the first kHouseholdSampleSize households). Nullptr when it lacks tg_prob.
std::unique_ptr<QgsGraduatedSymbolRenderer> householdRenderer( const QgsVectorLayer &layer );

//! Which default style an output gets.
enum class OutputKind
{
  Areas,      //!< aggregateareas / rollupareas output
  Households, //!< scorehouseholds output
};

//! Sets the default style of \a kind on the layer, with the field aliases and number display of outputschema.h. False (layer untouched) when the layer lacks the field.
bool applyStyle( QgsVectorLayer *layer, OutputKind kind, int minimumCount = -1 );

/**
 * Stores the layer's current style with its file so QGIS loads it as the
 * default style: in the layer_styles table when the provider supports styles
 * in the data source (GeoPackage, SpatiaLite, PostGIS: the database's
 * layer_styles, an earlier style of ours for the table replaced, stored
 * without a geometry type so that every URI of the table finds it; the
 * returned text names the table, never the connection), else in a .qml beside the file
 * (QgsMapLayer::styleURI(): "<file without extension>.qml"). Returns where it
 * went ("layer_styles of …" or the .qml path); on failure returns an empty
 * string and sets \a error.
 */
QString storeStyleWithFile( QgsVectorLayer &layer, QString &error );

/**
 * The one call an algorithm makes for a feature-sink output, after the sink
 * is closed (sink.reset()): \a outputId is the destination id from
 * parameterAsSink(). A memory output (a layer in the context) gets the style
 * set directly; a file output gets it stored with the file
 * (storeStyleWithFile()), a database table ("postgis:…" destination) in the
 * database's layer_styles; and when QGIS will load the output on completion,
 * a post-processor applies it there. Problems become feedback warnings: a
 * missing style never fails the algorithm. Returns what storeStyleWithFile()
 * returned, or an empty string.
 */
QString styleOutput( const QString &outputId, OutputKind kind, int minimumCount, QgsProcessingContext &context, QgsProcessingFeedback *feedback );

//! The layer property that orders the provider's loaded outputs (lower = drawn higher).
inline const QString kDrawRankProperty = QStringLiteral( "targetgroup/drawRank" );

/**
 * Puts a loaded output where it should be drawn among the provider's other
 * outputs in the same layer-tree group of \a project: scored households on
 * top, then area layers finer above coarser (more areas above fewer), so
 * that a provincie layer never hides the wijken. Other layers keep their
 * places. QGIS 3.22's load-on-completion has no order of its own.
 */
void placeInLayerTree( QgsVectorLayer &layer, OutputKind kind, QgsProject *project );

/**
 * Applies the area style when QGIS desktop loads an area output (Processing
 * loads result layers without their default style).
 * Attach in processAlgorithm:
 *   if ( context.willLoadLayerOnCompletion( outputId ) )
 *     context.layerToLoadOnCompletionDetails( outputId ).setPostProcessor( AreaStylePostProcessor::create( minimumCount ) );
 * The context's layer details own the post-processor (in C++ QgsProcessingContext::LayerDetails::setPostProcessor
 * transfers ownership; the static create() mirrors the pattern Python plugins need to keep SIP from deleting it).
 */
class AreaStylePostProcessor : public QgsProcessingLayerPostProcessorInterface
{
public:
  //! A new post-processor; ownership passes to whoever sets it on the layer details.
  static AreaStylePostProcessor *create( int minimumCount );
  void postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
  int minimumCount() const { return mMinimumCount; }

private:
  explicit AreaStylePostProcessor( int minimumCount )
      : mMinimumCount( minimumCount ) {}
  int mMinimumCount = -1;
};

//! Applies the household style when QGIS desktop loads a scored-households output.
class HouseholdStylePostProcessor : public QgsProcessingLayerPostProcessorInterface
{
public:
  static HouseholdStylePostProcessor *create();
  void postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

private:
  HouseholdStylePostProcessor() = default;
};

} // namespace targetgroup::styles
