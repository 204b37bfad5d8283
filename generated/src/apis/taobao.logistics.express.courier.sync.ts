// Generated from specs/logistic/taobao.logistics.express.courier.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.courier.sync` (快递公司同步小件员信息). */
export interface TaobaoLogisticsExpressCourierSyncRequest {
  /** 小件员信息 */
  tms_courier_request?: TaobaoLogisticsExpressCourierSyncTmsCourierRequestInput;
}

/** Response of `taobao.logistics.express.courier.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressCourierSyncResponse {
  /** 校验成功或者异常 */
  suc?: boolean;
  /** 错误码描述 */
  biz_error_message?: string;
  /** 错误码标识 */
  biz_error_code?: string;
  /** 是否可重试 */
  retry?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmsCourierRequest` of `taobao.logistics.express.courier.sync`. */
export interface TaobaoLogisticsExpressCourierSyncTmsCourierRequestInput {
  /** 服务类型 */
  service_type: string;
  /** 单号 */
  biz_code: string;
  /** 服务标识 */
  service_flag?: string;
  /** 快递公司资源编码 */
  tms_cp_code?: string;
  /** 小件员信息 */
  tms_courier_info: TaobaoLogisticsExpressCourierSyncTmsCourierInfoRequestInput;
  /** 服务商ID */
  supplier_id?: string;
  /** 配资源编码 */
  delivery_code?: string;
  /** 更新类型 1-首次分配小件员 2-改派小件员 */
  update_type?: string;
  /** 改派小件员原因 1-客服改派（上报超区、人工分单） 2-小件员转单 3-其他(update_type=2时，必填) */
  reason?: string;
}

/** `TmsCourierInfoRequest` of `taobao.logistics.express.courier.sync`. */
export interface TaobaoLogisticsExpressCourierSyncTmsCourierInfoRequestInput {
  /** 小件员名称 */
  courier_name: string;
  /** 小件员电话号码 */
  courier_mobile: string;
  /** 小件员编码 */
  courier_no?: string;
  /** 小件员所属的网点名称 */
  site_name?: string;
  /** 小件员所属的网点编码 */
  site_code?: string;
}

const REQUEST_SCHEMA = {
  tms_courier_request: {
    service_type: 'String',
    biz_code: 'String',
    service_flag: 'String',
    tms_cp_code: 'String',
    tms_courier_info: {
      courier_name: 'String',
      courier_mobile: 'String',
      courier_no: 'String',
      site_name: 'String',
      site_code: 'String',
    },
    supplier_id: 'String',
    delivery_code: 'String',
    update_type: 'String',
    reason: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  suc: 'Boolean',
  biz_error_message: 'String',
  biz_error_code: 'String',
  retry: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.courier.sync`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressCourierSyncOperation = {
  method: 'taobao.logistics.express.courier.sync',
  responseRoot: 'logistics_express_courier_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 快递公司同步小件员信息 — calls TOP method `taobao.logistics.express.courier.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressCourierSync(
  client: TopClient,
  request: TaobaoLogisticsExpressCourierSyncRequest = {},
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressCourierSyncResponse> {
  return client.call<TaobaoLogisticsExpressCourierSyncResponse>(
    {
      method: 'taobao.logistics.express.courier.sync',
      responseRoot: 'logistics_express_courier_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
