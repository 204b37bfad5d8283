// Generated from specs/simba/taobao.simba.adgroup.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.adgroup.update` (更新一个推广组的信息). */
export interface TaobaoSimbaAdgroupUpdateRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广组Id */
  adgroup_id: Int64Input;
  /** 默认出价，单位是分，不能小于5 */
  default_price?: Int64Input;
  /** 非搜索出价，单位是分，不能小于5，如果use_nonseatch_default_price为使用默认出价，则此nonsearch_max_price字段传入的数据不起作用，商品将使用默认非搜索出价 */
  nonsearch_max_price?: Int64Input;
  /** 非搜索是否使用默认出价，false-不用；true-使用；默认为true; */
  use_nonsearch_default_price?: string;
  /** 用户设置的上下线状态 offline-下线(暂停竞价)； online-上线；默认为online */
  online_status?: string;
}

/** Response of `taobao.simba.adgroup.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaAdgroupUpdateResponse {
  /** 被修改的推广组 */
  adgroup?: TaobaoSimbaAdgroupUpdateADGroup;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ADGroup` of `taobao.simba.adgroup.update`. */
export interface TaobaoSimbaAdgroupUpdateADGroup {
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
  adgroup_id: 'Number',
  default_price: 'Number',
  nonsearch_max_price: 'Number',
  use_nonsearch_default_price: 'String',
  online_status: 'String',
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

/** Static description of `taobao.simba.adgroup.update`: method, response root, request and response schemas. */
export const taobaoSimbaAdgroupUpdateOperation = {
  method: 'taobao.simba.adgroup.update',
  responseRoot: 'simba_adgroup_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新一个推广组的信息 — calls TOP method `taobao.simba.adgroup.update`.
 *
 * 更新一个推广组的信息，可以设置默认出价、是否上线、非搜索出价、非搜索是否使用默认出价
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaAdgroupUpdate(
  client: TopClient,
  request: TaobaoSimbaAdgroupUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaAdgroupUpdateResponse> {
  return client.call<TaobaoSimbaAdgroupUpdateResponse>(
    {
      method: 'taobao.simba.adgroup.update',
      responseRoot: 'simba_adgroup_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
