// Generated from specs/simba/taobao.universalbp.crowd.findrecommendcrowd.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.crowd.findrecommendcrowd` (查询推荐人群). */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpCrowdFindrecommendcrowdTopServiceContextInput;
  /** crowdRecQueryVO */
  crowd_rec_query_v_o: TaobaoUniversalbpCrowdFindrecommendcrowdCrowdRecQueryVoInput;
}

/** Response of `taobao.universalbp.crowd.findrecommendcrowd`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpCrowdFindrecommendcrowdTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `CrowdRecQueryVo` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdCrowdRecQueryVoInput {
  /** 推荐场景,bd_sys:系统推荐人群,bd_ctr:行业榜单-点击率,bd_col_cart_rate:行业榜单-收藏加购,bd_cvr:行业榜单-转化率,bd_assist:行业榜单-助攻率,recSceneNew:关键词推广-新建流程,recSceneEffect:效果榜单,recSceneHeat:热度榜单,recSceneActivity:大促人群推荐,recSceneHomePage:首页榜单,recSceneAdgroupQualityOptions:单元列表智能拉新人群-优质组合推荐 */
  rec_scene_list?: string[];
  /** 计划id */
  campaign_id?: Int64Input;
  /** 选品方式,shop:全店优选,user_define:用户自定义选品,scope:范围圈选,trend:趋势选品 */
  item_selected_mode?: string;
  /** 优选集合,effect:效果优选,growing:全店成长,activity:活动选品,industry:行业尖货,scope:定义选品 */
  shop_item_type?: string;
  /** 宝贝id集合 */
  material_id_list?: Int64Input[];
  /** 推广主体类型 */
  promotion_type?: string;
  /** 主体类型，支持一个计划下存在多种类型 */
  sub_promotion_type?: string;
  /** 优化目标，conv:促进成交,coll_cart:促进加购,click:促进点击,deal_count:促进成交笔数,exposure_pv:促进曝光,mini_view:促进橱窗宝贝浏览个数,mini_interactive:促进橱窗宝贝互动,ad_strategy_wangwang:策略中心旺旺咨询,shop_potential:提升潜客人数,shop_interest_new:提升兴趣新客人数,shop_purchase_new:提升首购新客人数,shop_visit_new:提升访问新客人数,shop_repurchase:提升复购人数,high_cvr:提升高转换人群成交人数,deeplink_d:提升品牌发现人数-D,deeplink_e1:提升品牌种草人数-E,deeplink_e2:提升品牌互动人数-E,deeplink_p:提升品牌行动人数-P,deeplink_i:提升品牌首购人数-I,deeplink_n:提升品牌复购人数-N,deeplink_k:提升品牌挚爱人数-K,hf_grass_plant:预热种草,hf_impoundment:预售蓄水,hf_harvest:爆发收割,nd_click:提高互动量,nd_cart:提高加购量,nd_deal:提高成交量,ad_strategy_ruhui_count:策略中心入会快新会员场景入会量目标,ad_strategy_lzl:策略中心留资快留资量目标,ad_strategy_try:策略中心派样量,ad_strategy_view:策略中心优化展现,ad_strategy_auto_trans:策略中心自动流转,ad_strategy_trial_order:策略中心表单获客成本,ad_strategy_liuzi_cost:策略中心广义留资目标,ad_strategy_cool_start:策略中心自动冷启动,ad_strategy_cool_start_mini_aim:策略中心冷启动分阶段目标流转,wxt_agency_ai:A转I人群流转,wxt_agency_smart:自定义场景,form_submit:表单提交,trial_order:试用下单,wangwang_liuzi:旺旺留资 */
  optimize_target?: string;
  /** 类目查询 */
  category?: TaobaoUniversalbpCrowdFindrecommendcrowdCategoryQueryVoInput;
  /** 推广场景,promotion_scene_crowd:人群方舟,promotion_scene_item:店铺宝贝运营,promotion_scene_traffic:宝藏场景,AD_STRATEGY_LAXIN:策略中心拉新场景,AD_STRATEGY_SHANGXINLI:策略中心上新礼场景,AD_STRATEGY_FRESH_BOX:策略中心小黑盒场景,AD_STRATEGY_LAXIN_XINXIANG:策略中心拉新新享一笔钱场景,AD_STRATEGY_RUHUI_NEW:策略中心入会快新会员场景,AD_STRATEGY_RUHUI_OLD:策略中心入会快老会员场景,AD_STRATEGY_LIUZI:策略中心留资快场景,AD_STRATEGY_YURE:策略中心活动加速场景,AD_STRATEGY_HUODONG_ESCORT:活动全周期护航计划,AD_STRATEGY_CROWD_INDUSTRY:策略中心行业人群通,AD_STRATEGY_WHOLE_SHOP_SMART:策略中心全店放心推-智能托管,AD_STRATEGY_WHOLE_SHOP_CUSTOM:策略中心全店放心推-自定义,AD_STRATEGY_EVEN_BUDGET:策略中心均匀曝光场景,AD_STRATEGY_SXK_GUARANTEE:万相台上新快确定性保障,AD_STRATEGY_HPJS_GUARANTEE:万相台货品加速确定性保障,AD_STRATEGY_HPJS_TIME_LIMIT:万相台货品加速限时加速,AD_STRATEGY_FANS_HEADLINES:万相台粉丝头条,WXT_AGENCY_XST_CPC:服务商版一键起量（CPC）,WXT_AGENCY_XST_CPA:服务商版客源多（CPA）,WXT_AGENCY_SHEQUN:服务商版社群（CPA+CPS） */
  promotion_scene?: string;
}

/** `CategoryQueryVo` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdCategoryQueryVoInput {
  /** 类目id */
  cat_id?: Int64Input;
  /** 类目名称 */
  cat_name?: string;
  /** 类目级别，一级类目、二级目录 */
  cat_level?: Int64Input;
}

/** `TopResult` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpCrowdFindrecommendcrowdTopInfo;
  /** 结果集 */
  crowd_ref_v_o_top_bulk_data?: TaobaoUniversalbpCrowdFindrecommendcrowdTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdTopBulkData {
  /** 批量结果集 */
  crowd_ref_v_o_list?: TaobaoUniversalbpCrowdFindrecommendcrowdCrowdRefVo[];
  /** 数量 */
  count?: Int64;
}

/** `CrowdRefVo` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdCrowdRefVo {
  /** 计划id */
  campaign_id?: Int64;
  /** 单元id */
  adgroup_id?: Int64;
  /** 人群主键id */
  crowd_id?: Int64;
  /** 定向状态,0:下线 1:上线 */
  online_status?: Int64;
  /** 人群 */
  crowd?: TaobaoUniversalbpCrowdFindrecommendcrowdCrowdVo;
  /** 出价 */
  price?: TaobaoUniversalbpCrowdFindrecommendcrowdPriceVo;
  /** 横向管理 */
  show_tag_list?: TaobaoUniversalbpCrowdFindrecommendcrowdShowTagVO[];
}

/** `CrowdVo` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdCrowdVo {
  /** 人群主键id */
  crowd_id?: Int64;
  /** 人群名称 */
  crowd_name?: string;
  /** 人群值 */
  crowd_value?: string;
  /** 定向类型 */
  target_type?: Int64;
  /** 定向标签 */
  label?: TaobaoUniversalbpCrowdFindrecommendcrowdLabelVo;
  /** 扩展倍数。低中高对应不同的倍数，由产品定义具体值，未来业务可支持滑动条。注意：倍数是指最终人数/种子人数，比如种子人群100万，扩展比种子多了50万，也就是总共150万，这时候扩展倍数是1.5而不是0.5 */
  lookalike_multiple?: string;
  /** 种子人群关联信息 */
  extend_seed_crowd_list?: TaobaoUniversalbpCrowdFindrecommendcrowdExtendSeedCrowdRefVo[];
  /** 子人群信息 */
  sub_crowd_list?: TaobaoUniversalbpCrowdFindrecommendcrowdSubCrowdVo[];
}

/** `LabelVo` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdLabelVo {
  /** 定向标签类型 */
  target_type?: Int64;
  /** 定向标签id */
  label_id?: Int64;
  /** 定向标签名称 */
  label_name?: string;
  /** 定向标签描述 */
  label_desc?: string;
  /** 定向标签值 */
  label_value?: string;
  /** 出价维度，OPTION:标签出价，多个子人群同时出价、LABEL:选项出价，以子人群为出价最小单位 */
  price_dimension?: string;
  /** 标签选项分组 */
  option_group_list?: TaobaoUniversalbpCrowdFindrecommendcrowdOptionGroupVo[];
  /** 标签选项 */
  option_list?: TaobaoUniversalbpCrowdFindrecommendcrowdOptionVo[];
  /** 是否可以绑定多个定向,获取不到 默认为否,true:是 false:否 */
  is_multi?: boolean;
  /** 透传属性 */
  label_option_properties?: TaobaoUniversalbpCrowdFindrecommendcrowdLabelOptionProperties;
  /** 人群类型，所属类型 */
  label_group_name?: string;
  /** 标签tag */
  show_tag_list?: TaobaoUniversalbpCrowdFindrecommendcrowdShowTagVO[];
}

/** `OptionGroupVo` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdOptionGroupVo {
  /** 标签分组名称 */
  option_group_name?: string;
  /** 标签选项 */
  option_list?: (string | Record<string, unknown>)[];
}

/** `OptionVo` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdOptionVo {
  /** 选项名称 */
  option_name?: string;
  /** 选项值 */
  option_value?: string;
  /** 选项描述 */
  option_desc?: string;
  /** 选项id，(用于关键词推广静态标签生成人群)如基础属性人群标签组合 */
  tag_id?: Int64;
  /** 标签分组名称 */
  option_group_name?: string;
  /** 透传属性 */
  label_option_properties?: string | Record<string, unknown>;
  /** 额外的属性参数 */
  properties?: string;
}

/** `LabelOptionProperties` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdLabelOptionProperties {
  /** dmp选项分组id */
  dmp_option_group_id?: string;
  /** 物料id */
  cate_name?: string;
  /** 物料id */
  cate_id?: string;
}

/** `ShowTagVO` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdShowTagVO {
  /** 标签code */
  code?: string;
  /** 展示文案，不为空则展示 */
  name?: string;
  /** 悬浮描述 */
  tips?: string;
  /** 标签左侧图标地址，不为空则展示 */
  icon?: string;
  /** 背景颜色 */
  color?: string;
  /** 标签类型 */
  type?: string;
  /** 扩展属性 */
  properties?: string;
}

/** `ExtendSeedCrowdRefVo` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdExtendSeedCrowdRefVo {
  /** 种子人群信息 */
  crowd?: TaobaoUniversalbpCrowdFindrecommendcrowdExtendSeedCrowdVo;
}

/** `ExtendSeedCrowdVo` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdExtendSeedCrowdVo {
  /** 人群主键id */
  crowd_id?: Int64;
  /** 人群名称 */
  crowd_name?: string;
  /** 种子人群label信息 */
  label?: string | Record<string, unknown>;
}

/** `SubCrowdVo` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdSubCrowdVo {
  /** 子定向名称 */
  subcrowd_name?: string;
  /** 子定向值 */
  subcrowd_value?: string;
}

/** `PriceVo` of `taobao.universalbp.crowd.findrecommendcrowd`. */
export interface TaobaoUniversalbpCrowdFindrecommendcrowdPriceVo {
  /** 出价 */
  bid_price?: string;
  /** 建议出价 */
  fit_bid_price?: string;
  /** 溢价 */
  discount?: string;
  /** 建议溢价 */
  fit_discount?: string;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  crowd_rec_query_v_o: {
    rec_scene_list: ['String'],
    campaign_id: 'Number',
    item_selected_mode: 'String',
    shop_item_type: 'String',
    material_id_list: ['Number'],
    promotion_type: 'String',
    sub_promotion_type: 'String',
    optimize_target: 'String',
    category: {
      cat_id: 'Number',
      cat_name: 'String',
      cat_level: 'Number',
    },
    promotion_scene: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    crowd_ref_v_o_top_bulk_data: {
      crowd_ref_v_o_list: [
        {
          campaign_id: 'Number',
          adgroup_id: 'Number',
          crowd_id: 'Number',
          online_status: 'Number',
          crowd: {
            crowd_id: 'Number',
            crowd_name: 'String',
            crowd_value: 'String',
            target_type: 'Number',
            label: {
              target_type: 'Number',
              label_id: 'Number',
              label_name: 'String',
              label_desc: 'String',
              label_value: 'String',
              price_dimension: 'String',
              option_group_list: [
                {
                  option_group_name: 'String',
                  option_list: ['Json'],
                },
              ],
              option_list: [
                {
                  option_name: 'String',
                  option_value: 'String',
                  option_desc: 'String',
                  tag_id: 'Number',
                  option_group_name: 'String',
                  label_option_properties: 'Json',
                  properties: 'String',
                },
              ],
              is_multi: 'Boolean',
              label_option_properties: {
                dmp_option_group_id: 'String',
                cate_name: 'String',
                cate_id: 'String',
              },
              label_group_name: 'String',
              show_tag_list: [
                {
                  code: 'String',
                  name: 'String',
                  tips: 'String',
                  icon: 'String',
                  color: 'String',
                  type: 'String',
                  properties: 'String',
                },
              ],
            },
            lookalike_multiple: 'String',
            extend_seed_crowd_list: [
              {
                crowd: {
                  crowd_id: 'Number',
                  crowd_name: 'String',
                  label: 'Json',
                },
              },
            ],
            sub_crowd_list: [
              {
                subcrowd_name: 'String',
                subcrowd_value: 'String',
              },
            ],
          },
          price: {
            bid_price: 'String',
            fit_bid_price: 'String',
            discount: 'String',
            fit_discount: 'String',
          },
          show_tag_list: [
            {
              code: 'String',
              name: 'String',
              tips: 'String',
              icon: 'String',
              color: 'String',
              type: 'String',
              properties: 'String',
            },
          ],
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.crowd.findrecommendcrowd`: method, response root, request and response schemas. */
export const taobaoUniversalbpCrowdFindrecommendcrowdOperation = {
  method: 'taobao.universalbp.crowd.findrecommendcrowd',
  responseRoot: 'universalbp_crowd_findrecommendcrowd_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询推荐人群 — calls TOP method `taobao.universalbp.crowd.findrecommendcrowd`.
 *
 * 入参推广信息，查询推荐人群，查出的推荐人群列表，不需转换，直接可用于入参其他计划创编类接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpCrowdFindrecommendcrowd(
  client: TopClient,
  request: TaobaoUniversalbpCrowdFindrecommendcrowdRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpCrowdFindrecommendcrowdResponse> {
  return client.call<TaobaoUniversalbpCrowdFindrecommendcrowdResponse>(
    {
      method: 'taobao.universalbp.crowd.findrecommendcrowd',
      responseRoot: 'universalbp_crowd_findrecommendcrowd_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
