// Generated from specs/tblogistics/taobao.logistics.wms.packagedeliveryorder.pull.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.wms.packagedeliveryorder.pull` (包裹出库单拉单). */
export interface TaobaoLogisticsWmsPackagedeliveryorderPullRequest {
  /** 请求 */
  pull_package_delivery_order_request: TaobaoLogisticsWmsPackagedeliveryorderPullPullPackageOrderRequestInput;
}

/** Response of `taobao.logistics.wms.packagedeliveryorder.pull`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsWmsPackagedeliveryorderPullResponse {
  /** 结果 */
  result?: TaobaoLogisticsWmsPackagedeliveryorderPullResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PullPackageOrderRequest` of `taobao.logistics.wms.packagedeliveryorder.pull`. */
export interface TaobaoLogisticsWmsPackagedeliveryorderPullPullPackageOrderRequestInput {
  /** 业务类型，取值：JYPKZXCK(集运包裹正向出库)、JYPKNXCK(集运包裹逆向出库) */
  order_type: string;
  /** 物流主体，例如：TaoTian(淘天) */
  logistics_owner: string;
  /** 服务商仓code */
  warehouse_code: string;
  /** 包裹货主 */
  package_owner_code?: string;
  /** 服务提供商 */
  supplier_id: string;
  /** 快递单号 */
  mail_no: string;
}

/** `ResultWrapper` of `taobao.logistics.wms.packagedeliveryorder.pull`. */
export interface TaobaoLogisticsWmsPackagedeliveryorderPullResultWrapper {
  /** 业务数据 */
  data?: TaobaoLogisticsWmsPackagedeliveryorderPullPullPackageOrderResponse;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `PullPackageOrderResponse` of `taobao.logistics.wms.packagedeliveryorder.pull`. */
export interface TaobaoLogisticsWmsPackagedeliveryorderPullPullPackageOrderResponse {
  /** 包裹出库单号 */
  delivery_order_code?: string;
  /** 物流服务商ID */
  mail_no?: string;
  /** 主订单id，正向出库时下发 */
  oaid_order_source_code?: string;
  /** 拓展字段 */
  extend_props?: string;
  /** 收件人信息，逆向出库时下发 */
  receiver_info?: TaobaoLogisticsWmsPackagedeliveryorderPullContactInfo;
  /** 配送公司 */
  tms_cp_code?: string;
}

/** `ContactInfo` of `taobao.logistics.wms.packagedeliveryorder.pull`. */
export interface TaobaoLogisticsWmsPackagedeliveryorderPullContactInfo {
  /** 姓名 */
  name?: string;
  /** 固定电话 */
  tel?: string;
  /** 移动电话 */
  mobile?: string;
  /** 省份 */
  province?: string;
  /** 城市 */
  city?: string;
  /** 区域 */
  area?: string;
  /** 城镇 */
  town?: string;
  /** 详细地址 */
  detail_address?: string;
  /** 订单oaid，正向出库时下发 */
  oaid?: string;
}

const REQUEST_SCHEMA = {
  pull_package_delivery_order_request: {
    order_type: 'String',
    logistics_owner: 'String',
    warehouse_code: 'String',
    package_owner_code: 'String',
    supplier_id: 'String',
    mail_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      delivery_order_code: 'String',
      mail_no: 'String',
      oaid_order_source_code: 'String',
      extend_props: 'String',
      receiver_info: {
        name: 'String',
        tel: 'String',
        mobile: 'String',
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        detail_address: 'String',
        oaid: 'String',
      },
      tms_cp_code: 'String',
    },
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.wms.packagedeliveryorder.pull`: method, response root, request and response schemas. */
export const taobaoLogisticsWmsPackagedeliveryorderPullOperation = {
  method: 'taobao.logistics.wms.packagedeliveryorder.pull',
  responseRoot: 'logistics_wms_packagedeliveryorder_pull_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 包裹出库单拉单 — calls TOP method `taobao.logistics.wms.packagedeliveryorder.pull`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsWmsPackagedeliveryorderPull(
  client: TopClient,
  request: TaobaoLogisticsWmsPackagedeliveryorderPullRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsWmsPackagedeliveryorderPullResponse> {
  return client.call<TaobaoLogisticsWmsPackagedeliveryorderPullResponse>(
    {
      method: 'taobao.logistics.wms.packagedeliveryorder.pull',
      responseRoot: 'logistics_wms_packagedeliveryorder_pull_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
