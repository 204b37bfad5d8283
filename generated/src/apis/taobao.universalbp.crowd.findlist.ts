// Generated from specs/simba/taobao.universalbp.crowd.findlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.crowd.findlist` (查询人群绑定列表). */
export interface TaobaoUniversalbpCrowdFindlistRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpCrowdFindlistTopServiceContextInput;
  /** list */
  data_list: TaobaoUniversalbpCrowdFindlistCrowdBindQueryVoInput;
}

/** Response of `taobao.universalbp.crowd.findlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpCrowdFindlistResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpCrowdFindlistTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.crowd.findlist`. */
export interface TaobaoUniversalbpCrowdFindlistTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `CrowdBindQueryVo` of `taobao.universalbp.crowd.findlist`. */
export interface TaobaoUniversalbpCrowdFindlistCrowdBindQueryVoInput {
  /** 偏移量 */
  offset?: Int64Input;
  /** 页面大小 */
  page_size?: Int64Input;
  /** 计划id集合 */
  campaign_id_list?: Int64Input[];
  /** 计划id,计划已经存在场景必填 */
  campaign_id?: Int64Input;
  /** 单元id集合,单元已经存在场景必填 */
  adgroup_id_list?: Int64Input[];
}

/** `TopResult` of `taobao.universalbp.crowd.findlist`. */
export interface TaobaoUniversalbpCrowdFindlistTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpCrowdFindlistTopInfo;
  /** 结果集 */
  crowd_bind_result_v_o_top_bulk_data?: TaobaoUniversalbpCrowdFindlistTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.crowd.findlist`. */
export interface TaobaoUniversalbpCrowdFindlistTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.crowd.findlist`. */
export interface TaobaoUniversalbpCrowdFindlistTopBulkData {
  /** 批量结果集 */
  crowd_bind_result_v_o_list?: TaobaoUniversalbpCrowdFindlistCrowdBindResultVo[];
  /** 数量 */
  count?: Int64;
}

/** `CrowdBindResultVo` of `taobao.universalbp.crowd.findlist`. */
export interface TaobaoUniversalbpCrowdFindlistCrowdBindResultVo {
  /** 计划id,计划已经存在场景必填,eg:添加主体、编辑计划状态等场景 */
  campaign_id?: Int64;
  /** 单元id */
  adgroup_id?: Int64;
  /** 定向关联关系 */
  crowd_list?: TaobaoUniversalbpCrowdFindlistCrowdRefVo[];
}

/** `CrowdRefVo` of `taobao.universalbp.crowd.findlist`. */
export interface TaobaoUniversalbpCrowdFindlistCrowdRefVo {
  /** 计划id */
  campaign_id?: Int64;
  /** 单元id */
  adgroup_id?: Int64;
  /** 人群主键id */
  crowd_id?: Int64;
  /** 定向状态,0:下线 1:上线 */
  online_status?: Int64;
  /** 人群 */
  crowd?: TaobaoUniversalbpCrowdFindlistCrowdVo;
  /** 出价 */
  price?: TaobaoUniversalbpCrowdFindlistPriceVo;
}

/** `CrowdVo` of `taobao.universalbp.crowd.findlist`. */
export interface TaobaoUniversalbpCrowdFindlistCrowdVo {
  /** 人群主键id */
  crowd_id?: Int64;
  /** 人群名称 */
  crowd_name?: string;
  /** 人群值 */
  crowd_value?: string;
  /** 定向类型 */
  target_type?: Int64;
  /** 定向标签 */
  label?: TaobaoUniversalbpCrowdFindlistLabelVo;
  /** 扩展倍数。低中高对应不同的倍数，由产品定义具体值，未来业务可支持滑动条。注意：倍数是指最终人数/种子人数，比如种子人群100万，扩展比种子多了50万，也就是总共150万，这时候扩展倍数是1.5而不是0.5 */
  lookalike_multiple?: string;
  /** 种子人群关联信息 */
  extend_seed_crowd_list?: TaobaoUniversalbpCrowdFindlistExtendSeedCrowdRefVo[];
  /** 子人群信息 */
  sub_crowd_list?: TaobaoUniversalbpCrowdFindlistSubCrowdVo[];
}

/** `LabelVo` of `taobao.universalbp.crowd.findlist`. */
export interface TaobaoUniversalbpCrowdFindlistLabelVo {
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
  option_group_list?: (string | Record<string, unknown>)[];
  /** 标签选项 */
  option_list?: (string | Record<string, unknown>)[];
  /** 是否可以绑定多个定向,获取不到 默认为否,true:是 false:否 */
  is_multi?: boolean;
  /** 透传属性 */
  label_option_properties?: string | Record<string, unknown>;
  /** 人群类型，所属类型 */
  label_group_name?: string;
}

/** `ExtendSeedCrowdRefVo` of `taobao.universalbp.crowd.findlist`. */
export interface TaobaoUniversalbpCrowdFindlistExtendSeedCrowdRefVo {
  /** 种子人群信息 */
  crowd?: string | Record<string, unknown>;
}

/** `SubCrowdVo` of `taobao.universalbp.crowd.findlist`. */
export interface TaobaoUniversalbpCrowdFindlistSubCrowdVo {
  /** 子定向名称 */
  subcrowd_name?: string;
  /** 子定向值 */
  subcrowd_value?: string;
}

/** `PriceVo` of `taobao.universalbp.crowd.findlist`. */
export interface TaobaoUniversalbpCrowdFindlistPriceVo {
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
  data_list: {
    offset: 'Number',
    page_size: 'Number',
    campaign_id_list: ['Number'],
    campaign_id: 'Number',
    adgroup_id_list: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    crowd_bind_result_v_o_top_bulk_data: {
      crowd_bind_result_v_o_list: [
        {
          campaign_id: 'Number',
          adgroup_id: 'Number',
          crowd_list: [
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
                  option_group_list: ['Json'],
                  option_list: ['Json'],
                  is_multi: 'Boolean',
                  label_option_properties: 'Json',
                  label_group_name: 'String',
                },
                lookalike_multiple: 'String',
                extend_seed_crowd_list: [
                  {
                    crowd: 'Json',
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
            },
          ],
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.crowd.findlist`: method, response root, request and response schemas. */
export const taobaoUniversalbpCrowdFindlistOperation = {
  method: 'taobao.universalbp.crowd.findlist',
  responseRoot: 'universalbp_crowd_findlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询人群绑定列表 — calls TOP method `taobao.universalbp.crowd.findlist`.
 *
 * 查询计划和单元上绑定的人群列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpCrowdFindlist(
  client: TopClient,
  request: TaobaoUniversalbpCrowdFindlistRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpCrowdFindlistResponse> {
  return client.call<TaobaoUniversalbpCrowdFindlistResponse>(
    {
      method: 'taobao.universalbp.crowd.findlist',
      responseRoot: 'universalbp_crowd_findlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
