// Generated from specs/tblogistics/taobao.logistics.wms.packagedeliveryorder.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.wms.packagedeliveryorder.confirm` (包裹出库单确认). */
export interface TaobaoLogisticsWmsPackagedeliveryorderConfirmRequest {
  /** 请求 */
  confirm_package_delivery_order_request: TaobaoLogisticsWmsPackagedeliveryorderConfirmConfirmPackageOrderRequestInput;
}

/** Response of `taobao.logistics.wms.packagedeliveryorder.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsWmsPackagedeliveryorderConfirmResponse {
  /** 响应结果 */
  result?: TaobaoLogisticsWmsPackagedeliveryorderConfirmResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConfirmPackageOrderRequest` of `taobao.logistics.wms.packagedeliveryorder.confirm`. */
export interface TaobaoLogisticsWmsPackagedeliveryorderConfirmConfirmPackageOrderRequestInput {
  /** 包裹入库单号 */
  delivery_order_code: string;
  /** 业务类型，取值：JYPKZXCK(集运包裹正向出库)、JYPKNXCK(集运包裹逆向出库) */
  order_type: string;
  /** 单据状态，取值：confirm(出库确认)、exception(出库异常) */
  order_status: string;
  /** 业务操作时间 */
  operate_time: string;
  /** 物流主体，例如：TaoTian(淘天) */
  logistics_owner: string;
  /** 异常类型，回传出库异常时必传 【包裹破损】 【撤单拦截】 【出库单异常】 【联系不上商家】 【商家拒绝退回】 【其他原因】 */
  error_type?: string;
  /** 异常原因说明，回传出库异常时必传 */
  error_msg?: string;
  /** 包裹信息 */
  packages: TaobaoLogisticsWmsPackagedeliveryorderConfirmPackageDTOInput[];
  /** 服务商仓code */
  warehouse_code: string;
  /** WMS系统作业单号 */
  outer_order_code: string;
}

/** `PackageDTO` of `taobao.logistics.wms.packagedeliveryorder.confirm`. */
export interface TaobaoLogisticsWmsPackagedeliveryorderConfirmPackageDTOInput {
  /** 正向出库回传二段快递公司 逆向出库回传逆向退货商家仓的快递公司 */
  tms_cp_code: string;
  /** 正向出库回传二段运单号 逆向出库回传逆向退回商家仓的运单号 */
  mail_no: string;
  /** 包裹重量(单位：克)，小数点后2位 */
  weight: string;
  /** 包裹长度 (单位：cm)，小数点后2位 */
  length?: string;
  /** 包裹宽度 (单位：cm)，小数点后2位 */
  width?: string;
  /** 包裹高度（单位：cm)，小数点后2位 */
  height?: string;
  /** 包裹仓储单号 */
  package_line: string;
  /** wms出库包裹单号 */
  out_package_code: string;
}

/** `ResultWrapper` of `taobao.logistics.wms.packagedeliveryorder.confirm`. */
export interface TaobaoLogisticsWmsPackagedeliveryorderConfirmResultWrapper {
  /** 相应结果 */
  success?: boolean;
  /** 响应错误码 */
  error_code?: string;
  /** 响应错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  confirm_package_delivery_order_request: {
    delivery_order_code: 'String',
    order_type: 'String',
    order_status: 'String',
    operate_time: 'String',
    logistics_owner: 'String',
    error_type: 'String',
    error_msg: 'String',
    packages: [
      {
        tms_cp_code: 'String',
        mail_no: 'String',
        weight: 'String',
        length: 'String',
        width: 'String',
        height: 'String',
        package_line: 'String',
        out_package_code: 'String',
      },
    ],
    warehouse_code: 'String',
    outer_order_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.wms.packagedeliveryorder.confirm`: method, response root, request and response schemas. */
export const taobaoLogisticsWmsPackagedeliveryorderConfirmOperation = {
  method: 'taobao.logistics.wms.packagedeliveryorder.confirm',
  responseRoot: 'logistics_wms_packagedeliveryorder_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 包裹出库单确认 — calls TOP method `taobao.logistics.wms.packagedeliveryorder.confirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsWmsPackagedeliveryorderConfirm(
  client: TopClient,
  request: TaobaoLogisticsWmsPackagedeliveryorderConfirmRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsWmsPackagedeliveryorderConfirmResponse> {
  return client.call<TaobaoLogisticsWmsPackagedeliveryorderConfirmResponse>(
    {
      method: 'taobao.logistics.wms.packagedeliveryorder.confirm',
      responseRoot: 'logistics_wms_packagedeliveryorder_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
