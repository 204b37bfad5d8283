// Generated from specs/tblogistics/taobao.logistics.wms.packageentryorder.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.wms.packageentryorder.confirm` (包裹入库单确认). */
export interface TaobaoLogisticsWmsPackageentryorderConfirmRequest {
  /** 请求 */
  confirm_package_entry_order_request: TaobaoLogisticsWmsPackageentryorderConfirmConfirmPackageOrderRequestInput;
}

/** Response of `taobao.logistics.wms.packageentryorder.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsWmsPackageentryorderConfirmResponse {
  /** 结果 */
  result?: TaobaoLogisticsWmsPackageentryorderConfirmResultWrappe;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConfirmPackageOrderRequest` of `taobao.logistics.wms.packageentryorder.confirm`. */
export interface TaobaoLogisticsWmsPackageentryorderConfirmConfirmPackageOrderRequestInput {
  /** 包裹入库单号 */
  entry_order_code: string;
  /** 业务类型，取值：JYPKZXRK(集运包裹正向入库)、JYPKNXRK(集运包裹逆向入库) */
  order_type: string;
  /** 单据状态，取值：confirm(入库确认)、exception(入库异常) */
  order_status: string;
  /** 业务操作时间 */
  operate_time: string;
  /** 异常类型，回传入库异常时必传 【包裹破损】 【含禁运物品】 【入库单异常】 【撤单拦截】 【其他原因】 */
  error_type?: string;
  /** 异常原因说明，回传入库异常时必传 */
  error_msg?: string;
  /** 物流主体，例如：TaoTian(淘天) */
  logistics_owner: string;
  /** 服务商仓code */
  warehouse_code: string;
  /** WMS仓内作业单号 */
  outer_order_code: string;
}

/** `ResultWrappe` of `taobao.logistics.wms.packageentryorder.confirm`. */
export interface TaobaoLogisticsWmsPackageentryorderConfirmResultWrappe {
  /** 结果 */
  success?: boolean;
  /** 错误编码 */
  error_msg?: string;
  /** 错误信息 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  confirm_package_entry_order_request: {
    entry_order_code: 'String',
    order_type: 'String',
    order_status: 'String',
    operate_time: 'String',
    error_type: 'String',
    error_msg: 'String',
    logistics_owner: 'String',
    warehouse_code: 'String',
    outer_order_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_msg: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.wms.packageentryorder.confirm`: method, response root, request and response schemas. */
export const taobaoLogisticsWmsPackageentryorderConfirmOperation = {
  method: 'taobao.logistics.wms.packageentryorder.confirm',
  responseRoot: 'logistics_wms_packageentryorder_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 包裹入库单确认 — calls TOP method `taobao.logistics.wms.packageentryorder.confirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsWmsPackageentryorderConfirm(
  client: TopClient,
  request: TaobaoLogisticsWmsPackageentryorderConfirmRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsWmsPackageentryorderConfirmResponse> {
  return client.call<TaobaoLogisticsWmsPackageentryorderConfirmResponse>(
    {
      method: 'taobao.logistics.wms.packageentryorder.confirm',
      responseRoot: 'logistics_wms_packageentryorder_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
