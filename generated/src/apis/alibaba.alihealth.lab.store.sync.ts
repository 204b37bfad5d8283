// Generated from specs/alihealthlab/alibaba.alihealth.lab.store.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.lab.store.sync` (阿里健康检验检测业务，isv门店同步到健康). */
export interface AlibabaAlihealthLabStoreSyncRequest {
  /** EFFECTIVE 生效，INVALID 失效 */
  isv_store_status: string;
  /** 预约须知 */
  reserve_notice?: string;
  /** 支持在线报告 */
  support_online_report?: boolean;
  /** 门店类型描述 */
  store_type_desc?: string;
  /** 企业社会征信号 */
  social_credit_code?: string;
  /** 营业执照编号 */
  license_no?: string;
  /** 营业执照名称 */
  license_name?: string;
  /** 门店交通路线 */
  store_routes_desc?: string;
  /** 营业时间描述 */
  work_time_desc?: string;
  /** 门店电话号码 */
  store_phone?: string;
  /** 门店介绍 */
  store_intro?: string;
  /** 经度 */
  longitude?: string;
  /** 纬度 */
  latitude?: string;
  /** 城市编码 */
  city_code?: Int64Input;
  /** 门店地址 */
  store_address?: string;
  /** isv门店编码 */
  isv_store_code: string;
  /** 门店名称 */
  store_name?: string;
  /**
   * 支持的淘宝商品类目ID，阿里医院场景
   *
   * Max list size: 999
   */
  allowed_tb_item_category_ids?: Int64Input[];
}

/** Response of `alibaba.alihealth.lab.store.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthLabStoreSyncResponse {
  /** 结果描述 */
  result_msg?: string;
  /** SUCCESS - 成功，FAIL - 失败，UNKNOWN - 未知 */
  result_status?: string;
  /** 可读的错误码 */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  isv_store_status: 'String',
  reserve_notice: 'String',
  support_online_report: 'Boolean',
  store_type_desc: 'String',
  social_credit_code: 'String',
  license_no: 'String',
  license_name: 'String',
  store_routes_desc: 'String',
  work_time_desc: 'String',
  store_phone: 'String',
  store_intro: 'String',
  longitude: 'Price',
  latitude: 'Price',
  city_code: 'Number',
  store_address: 'String',
  isv_store_code: 'String',
  store_name: 'String',
  allowed_tb_item_category_ids: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  result_status: 'String',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.lab.store.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthLabStoreSyncOperation = {
  method: 'alibaba.alihealth.lab.store.sync',
  responseRoot: 'alibaba_alihealth_lab_store_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里健康检验检测业务，isv门店同步到健康 — calls TOP method `alibaba.alihealth.lab.store.sync`.
 *
 * 阿里健康检验检测业务，isv门店同步到健康。支持门店的上线、下线操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthLabStoreSync(
  client: TopClient,
  request: AlibabaAlihealthLabStoreSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthLabStoreSyncResponse> {
  return client.call<AlibabaAlihealthLabStoreSyncResponse>(
    {
      method: 'alibaba.alihealth.lab.store.sync',
      responseRoot: 'alibaba_alihealth_lab_store_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
