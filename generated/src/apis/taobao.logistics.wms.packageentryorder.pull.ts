// Generated from specs/tblogistics/taobao.logistics.wms.packageentryorder.pull.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.wms.packageentryorder.pull` (包裹入库单拉单). */
export interface TaobaoLogisticsWmsPackageentryorderPullRequest {
  /** 请求 */
  pull_package_entry_order_request: TaobaoLogisticsWmsPackageentryorderPullPullPackageOrderRequestInput;
}

/** Response of `taobao.logistics.wms.packageentryorder.pull`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsWmsPackageentryorderPullResponse {
  /** 结果 */
  result?: TaobaoLogisticsWmsPackageentryorderPullResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PullPackageOrderRequest` of `taobao.logistics.wms.packageentryorder.pull`. */
export interface TaobaoLogisticsWmsPackageentryorderPullPullPackageOrderRequestInput {
  /** 入库运单号，正向入库传一段运单号，逆向入库传二段运单号 */
  mail_no: string;
  /** 业务类型，取值：JYPKZXRK(集运包裹正向入库)、JYPK NXRK(集运包裹逆向入库) */
  order_type: string;
  /** 物流主体，例如：TaoTian(淘天) */
  logistics_owner: string;
  /** 服务商仓code */
  warehouse_code: string;
  /** 包裹货主 */
  package_owner_code?: string;
  /** 物流服务商ID */
  supplier_id: string;
}

/** `ResultWrapper` of `taobao.logistics.wms.packageentryorder.pull`. */
export interface TaobaoLogisticsWmsPackageentryorderPullResultWrapper {
  /** 结果 */
  success?: boolean;
  /** 错误编码 */
  error_message?: string;
  /** 错误信息 */
  error_code?: string;
  /** 结果 */
  data?: TaobaoLogisticsWmsPackageentryorderPullPullPackageOrderResponse;
}

/** `PullPackageOrderResponse` of `taobao.logistics.wms.packageentryorder.pull`. */
export interface TaobaoLogisticsWmsPackageentryorderPullPullPackageOrderResponse {
  /** 包裹入库单号 */
  entry_order_code?: string;
  /** 包裹运单号 */
  mail_no?: string;
  /** 快递公司code，正向入库下发一段快递公司，逆向入库下发二段快递公司 */
  tms_cp_code?: string;
  /** 物流主体，例如：TaoTian(淘天) */
  logistics_owner?: string;
  /** 拓展字段 */
  extend_props?: string;
}

const REQUEST_SCHEMA = {
  pull_package_entry_order_request: {
    mail_no: 'String',
    order_type: 'String',
    logistics_owner: 'String',
    warehouse_code: 'String',
    package_owner_code: 'String',
    supplier_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    data: {
      entry_order_code: 'String',
      mail_no: 'String',
      tms_cp_code: 'String',
      logistics_owner: 'String',
      extend_props: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.wms.packageentryorder.pull`: method, response root, request and response schemas. */
export const taobaoLogisticsWmsPackageentryorderPullOperation = {
  method: 'taobao.logistics.wms.packageentryorder.pull',
  responseRoot: 'logistics_wms_packageentryorder_pull_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 包裹入库单拉单 — calls TOP method `taobao.logistics.wms.packageentryorder.pull`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsWmsPackageentryorderPull(
  client: TopClient,
  request: TaobaoLogisticsWmsPackageentryorderPullRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsWmsPackageentryorderPullResponse> {
  return client.call<TaobaoLogisticsWmsPackageentryorderPullResponse>(
    {
      method: 'taobao.logistics.wms.packageentryorder.pull',
      responseRoot: 'logistics_wms_packageentryorder_pull_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
