// Generated from specs/simba/taobao.simba.salestar.adgroup.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.salestar.adgroup.update` (销量明星更新一个推广组的信息). */
export interface TaobaoSimbaSalestarAdgroupUpdateRequest {
  /** 用户设置的上下线状态 offline-下线(暂停竞价)； online-上线；默认为online */
  online_status?: string;
  /** 推广组Id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.simba.salestar.adgroup.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSalestarAdgroupUpdateResponse {
  /** 被修改的推广组 */
  adgroup?: TaobaoSimbaSalestarAdgroupUpdateADGroup;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ADGroup` of `taobao.simba.salestar.adgroup.update`. */
export interface TaobaoSimbaSalestarAdgroupUpdateADGroup {
  /** 推广计划Id */
  campaign_id?: Int64;
  /** 推广组id */
  adgroup_id?: Int64;
  /** 商品类目id，从根类目到子类目，用空格分割 */
  category_ids?: string;
  /** 商品数字id */
  num_iid?: Int64;
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
  online_status: 'String',
  adgroup_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  adgroup: {
    campaign_id: 'Number',
    adgroup_id: 'Number',
    category_ids: 'String',
    num_iid: 'Number',
    online_status: 'String',
    offline_type: 'String',
    reason: 'String',
    create_time: 'Date',
    modified_time: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.salestar.adgroup.update`: method, response root, request and response schemas. */
export const taobaoSimbaSalestarAdgroupUpdateOperation = {
  method: 'taobao.simba.salestar.adgroup.update',
  responseRoot: 'simba_salestar_adgroup_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销量明星更新一个推广组的信息 — calls TOP method `taobao.simba.salestar.adgroup.update`.
 *
 * 更新一个推广组的信息，可以设置 是否上线
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSalestarAdgroupUpdate(
  client: TopClient,
  request: TaobaoSimbaSalestarAdgroupUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaSalestarAdgroupUpdateResponse> {
  return client.call<TaobaoSimbaSalestarAdgroupUpdateResponse>(
    {
      method: 'taobao.simba.salestar.adgroup.update',
      responseRoot: 'simba_salestar_adgroup_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
