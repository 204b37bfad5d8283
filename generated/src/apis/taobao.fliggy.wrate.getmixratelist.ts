// Generated from specs/traderate/taobao.fliggy.wrate.getmixratelist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fliggy.wrate.getmixratelist` (飞猪通用评价接口). */
export interface TaobaoFliggyWrateGetmixratelistRequest {
  /** 评论列表查询参数 */
  param_top_get_mix_rate_list_param?: TaobaoFliggyWrateGetmixratelistTopGetMixRateListParamInput;
}

/** Response of `taobao.fliggy.wrate.getmixratelist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFliggyWrateGetmixratelistResponse {
  /** 接口返回model */
  result?: TaobaoFliggyWrateGetmixratelistResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopGetMixRateListParam` of `taobao.fliggy.wrate.getmixratelist`. */
export interface TaobaoFliggyWrateGetmixratelistTopGetMixRateListParamInput {
  /** 类型 */
  biz_type?: Int64Input;
  /** 酒店或商品ID */
  item_id?: Int64Input;
  /** pageNo */
  page_no?: Int64Input;
  /** pageSize */
  page_size?: Int64Input;
  /** 筛选条件JSON */
  tab_filter?: string;
}

/** `Result` of `taobao.fliggy.wrate.getmixratelist`. */
export interface TaobaoFliggyWrateGetmixratelistResult {
  /** 返回对象 */
  model?: TaobaoFliggyWrateGetmixratelistGetMixRateListResult;
  /** 是否成功 */
  success?: boolean;
}

/** `GetMixRateListResult` of `taobao.fliggy.wrate.getmixratelist`. */
export interface TaobaoFliggyWrateGetmixratelistGetMixRateListResult {
  /** 是否下一页 */
  has_next_page?: Int64;
  /** 评价统计信息 */
  item_statistic?: TaobaoFliggyWrateGetmixratelistItemStatisticVo;
  /** 评价明细信息 */
  mix_rates?: TaobaoFliggyWrateGetmixratelistMixRateVo[];
  /** 是否成功 */
  success?: boolean;
  /** 总数量 */
  total_num?: Int64;
  /** 错误信息 */
  err_msg?: string;
}

/** `ItemStatisticVo` of `taobao.fliggy.wrate.getmixratelist`. */
export interface TaobaoFliggyWrateGetmixratelistItemStatisticVo {
  /** 评分描述信息 */
  rank_desc?: string;
  /** 评论数量 */
  rate_cnt?: Int64;
  /** 子评分项信息 */
  score_detail?: string;
  /** tab筛选信息 */
  tab_infos?: TaobaoFliggyWrateGetmixratelistTabInfo[];
  /** 总评分 */
  total_score?: string;
}

/** `TabInfo` of `taobao.fliggy.wrate.getmixratelist`. */
export interface TaobaoFliggyWrateGetmixratelistTabInfo {
  /** 属性（正面负面） */
  attitude?: Int64;
  /** 会否选中 */
  is_click?: boolean;
  /** tab筛选信息Code，查询时使用 */
  tab_code?: string;
  /** 包含的数量 */
  tab_detail?: string;
  /** tab名称 */
  tab_name?: string;
}

/** `MixRateVo` of `taobao.fliggy.wrate.getmixratelist`. */
export interface TaobaoFliggyWrateGetmixratelistMixRateVo {
  /** 正文内容 */
  content?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 图片信息 */
  picture_urls?: string[];
  /** 正文摘要 */
  title?: string;
  /** 总评分 */
  total_score?: Int64;
  /** 用户头像 */
  user_icon?: string;
  /** 用户昵称 */
  user_nick?: string;
}

const REQUEST_SCHEMA = {
  param_top_get_mix_rate_list_param: {
    biz_type: 'Number',
    item_id: 'Number',
    page_no: 'Number',
    page_size: 'Number',
    tab_filter: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      has_next_page: 'Number',
      item_statistic: {
        rank_desc: 'String',
        rate_cnt: 'Number',
        score_detail: 'String',
        tab_infos: [
          {
            attitude: 'Number',
            is_click: 'Boolean',
            tab_code: 'String',
            tab_detail: 'String',
            tab_name: 'String',
          },
        ],
        total_score: 'String',
      },
      mix_rates: [
        {
          content: 'String',
          gmt_create: 'String',
          picture_urls: ['String'],
          title: 'String',
          total_score: 'Number',
          user_icon: 'String',
          user_nick: 'String',
        },
      ],
      success: 'Boolean',
      total_num: 'Number',
      err_msg: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.fliggy.wrate.getmixratelist`: method, response root, request and response schemas. */
export const taobaoFliggyWrateGetmixratelistOperation = {
  method: 'taobao.fliggy.wrate.getmixratelist',
  responseRoot: 'fliggy_wrate_getmixratelist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪通用评价接口 — calls TOP method `taobao.fliggy.wrate.getmixratelist`.
 *
 * 飞猪评价通用接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFliggyWrateGetmixratelist(
  client: TopClient,
  request: TaobaoFliggyWrateGetmixratelistRequest = {},
  options?: CallOptions,
): Promise<TaobaoFliggyWrateGetmixratelistResponse> {
  return client.call<TaobaoFliggyWrateGetmixratelistResponse>(
    {
      method: 'taobao.fliggy.wrate.getmixratelist',
      responseRoot: 'fliggy_wrate_getmixratelist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
