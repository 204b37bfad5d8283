// Generated from specs/tmallnr/alibaba.lsy.crm.activity.store.getstorelist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lsy.crm.activity.store.getstorelist` (ISV查询门店). */
export interface AlibabaLsyCrmActivityStoreGetstorelistRequest {
  /** 系统自动生成 */
  query_store_req?: AlibabaLsyCrmActivityStoreGetstorelistNrtQueryStoreReqInput;
}

/** Response of `alibaba.lsy.crm.activity.store.getstorelist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLsyCrmActivityStoreGetstorelistResponse {
  /** 返回结果集 */
  page_result_d_o?: AlibabaLsyCrmActivityStoreGetstorelistPageResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtQueryStoreReq` of `alibaba.lsy.crm.activity.store.getstorelist`. */
export interface AlibabaLsyCrmActivityStoreGetstorelistNrtQueryStoreReqInput {
  /** 活动ID */
  activity_id: Int64Input;
  /** 每页数据条数，最大100条 */
  page_size?: Int64Input;
  /** 页码 */
  page_index?: Int64Input;
}

/** `PageResultDo` of `alibaba.lsy.crm.activity.store.getstorelist`. */
export interface AlibabaLsyCrmActivityStoreGetstorelistPageResultDo {
  /** 数据总数目 */
  total_num?: Int64;
  /** 错误码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 门店集合 */
  data_list?: AlibabaLsyCrmActivityStoreGetstorelistNrtStoreDto[];
  /** 错误信息 */
  err_msg?: string;
  /** 每页记录数 */
  page_size?: Int64;
  /** 总页数 */
  total_page_num?: Int64;
  /** 当前页 */
  page_num?: Int64;
}

/** `NrtStoreDto` of `alibaba.lsy.crm.activity.store.getstorelist`. */
export interface AlibabaLsyCrmActivityStoreGetstorelistNrtStoreDto {
  /** 门店ID */
  store_id?: Int64;
  /** 门店名称 */
  name?: string;
  /** 地址 */
  short_address?: string;
  /** 纬度 */
  lat?: string;
  /** 经度 */
  lng?: string;
}

const REQUEST_SCHEMA = {
  query_store_req: {
    activity_id: 'Number',
    page_size: 'Number',
    page_index: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  page_result_d_o: {
    total_num: 'Number',
    err_code: 'String',
    success: 'Boolean',
    data_list: [
      {
        store_id: 'Number',
        name: 'String',
        short_address: 'String',
        lat: 'String',
        lng: 'String',
      },
    ],
    err_msg: 'String',
    page_size: 'Number',
    total_page_num: 'Number',
    page_num: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lsy.crm.activity.store.getstorelist`: method, response root, request and response schemas. */
export const alibabaLsyCrmActivityStoreGetstorelistOperation = {
  method: 'alibaba.lsy.crm.activity.store.getstorelist',
  responseRoot: 'alibaba_lsy_crm_activity_store_getstorelist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV查询门店 — calls TOP method `alibaba.lsy.crm.activity.store.getstorelist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLsyCrmActivityStoreGetstorelist(
  client: TopClient,
  request: AlibabaLsyCrmActivityStoreGetstorelistRequest = {},
  options?: CallOptions,
): Promise<AlibabaLsyCrmActivityStoreGetstorelistResponse> {
  return client.call<AlibabaLsyCrmActivityStoreGetstorelistResponse>(
    {
      method: 'alibaba.lsy.crm.activity.store.getstorelist',
      responseRoot: 'alibaba_lsy_crm_activity_store_getstorelist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
