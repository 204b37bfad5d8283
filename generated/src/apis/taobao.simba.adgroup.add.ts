// Generated from specs/simba/taobao.simba.adgroup.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.adgroup.add` (创建一个推广组). */
export interface TaobaoSimbaAdgroupAddRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划Id */
  campaign_id: Int64Input;
  /** 商品Id */
  item_id: Int64Input;
  /** 推广组默认出价，单位为分，不能小于5 不能大于日最高限额 */
  default_price: Int64Input;
  /**
   * 创意标题，最多20个汉字
   *
   * Max length: 40
   */
  title: string;
  /** 创意图片地址，必须是商品的图片之一 */
  img_url: string;
}

/** Response of `taobao.simba.adgroup.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaAdgroupAddResponse {
  /** 新增加的推广组 */
  adgroup?: TaobaoSimbaAdgroupAddADGroup;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ADGroup` of `taobao.simba.adgroup.add`. */
export interface TaobaoSimbaAdgroupAddADGroup {
  /** 推广组主人昵称 */
  nick?: string;
  /** 推广计划Id */
  campaign_id?: Int64;
  /** 推广组id */
  adgroup_id?: Int64;
  /** 商品类目id，从根类目到子类目，用空格分割 */
  category_ids?: string;
  /** 商品数字id */
  num_iid?: Int64;
  /** 默认出价，单位为分，不能小于5 */
  default_price?: Int64;
  /** 非搜索出价，单位为分，不能小于5 */
  nonsearch_max_price?: Int64;
  /** 非搜索是否使用默认出价，false-不用；true-使用；默认为true; */
  is_nonsearch_default_price?: boolean;
  /** 用户设置的上下线状态，offline-下线(暂停竞价)；online-上线；默认为online */
  online_status?: string;
  /** online-上线；audit_offline-审核下线；crm_offline-CRM下线；默认为online */
  offline_type?: string;
  /** 审核下线原因 */
  reason?: string;
  /** 创建时间 */
  create_time?: string;
  /** 最后修改时间 */
  modified_time?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  campaign_id: 'Number',
  item_id: 'Number',
  default_price: 'Number',
  title: 'String',
  img_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  adgroup: {
    nick: 'String',
    campaign_id: 'Number',
    adgroup_id: 'Number',
    category_ids: 'String',
    num_iid: 'Number',
    default_price: 'Number',
    nonsearch_max_price: 'Number',
    is_nonsearch_default_price: 'Boolean',
    online_status: 'String',
    offline_type: 'String',
    reason: 'String',
    create_time: 'Date',
    modified_time: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.adgroup.add`: method, response root, request and response schemas. */
export const taobaoSimbaAdgroupAddOperation = {
  method: 'taobao.simba.adgroup.add',
  responseRoot: 'simba_adgroup_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建一个推广组 — calls TOP method `taobao.simba.adgroup.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaAdgroupAdd(
  client: TopClient,
  request: TaobaoSimbaAdgroupAddRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaAdgroupAddResponse> {
  return client.call<TaobaoSimbaAdgroupAddResponse>(
    {
      method: 'taobao.simba.adgroup.add',
      responseRoot: 'simba_adgroup_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
