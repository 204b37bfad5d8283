// Generated from specs/alidoc/alibaba.alihealth.seller.rx.prescription.detail.batchquery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.seller.rx.prescription.detail.batchquery` (商家维度批量查询订单处方详情). */
export interface AlibabaAlihealthSellerRxPrescriptionDetailBatchqueryRequest {
  /** 订单号，请用逗号隔开 */
  biz_order_ids?: string;
}

/** Response of `alibaba.alihealth.seller.rx.prescription.detail.batchquery`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthSellerRxPrescriptionDetailBatchqueryResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthSellerRxPrescriptionDetailBatchqueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.seller.rx.prescription.detail.batchquery`. */
export interface AlibabaAlihealthSellerRxPrescriptionDetailBatchqueryResult {
  /** 订单处方详情列表 */
  data_list?: AlibabaAlihealthSellerRxPrescriptionDetailBatchqueryModel;
}

/** `Model` of `alibaba.alihealth.seller.rx.prescription.detail.batchquery`. */
export interface AlibabaAlihealthSellerRxPrescriptionDetailBatchqueryModel {
  /** 未匹配到的订单请求列表 */
  failed_list?: AlibabaAlihealthSellerRxPrescriptionDetailBatchqueryFailedList[];
  /** 匹配到的订单处方详情列表 */
  prescription_detail_list?: AlibabaAlihealthSellerRxPrescriptionDetailBatchqueryPrescriptionDetailTopDto[];
}

/** `FailedList` of `alibaba.alihealth.seller.rx.prescription.detail.batchquery`. */
export interface AlibabaAlihealthSellerRxPrescriptionDetailBatchqueryFailedList {
  /** 获取处方失败的订单号 */
  biz_order_id?: string;
  /** 失败信息 */
  failed_message?: string;
}

/** `PrescriptionDetailTopDto` of `alibaba.alihealth.seller.rx.prescription.detail.batchquery`. */
export interface AlibabaAlihealthSellerRxPrescriptionDetailBatchqueryPrescriptionDetailTopDto {
  /** 订单号 */
  biz_order_id?: string;
  /** 处方图地址 */
  prescription_pic_url?: string;
}

const REQUEST_SCHEMA = {
  biz_order_ids: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data_list: {
      failed_list: [
        {
          biz_order_id: 'String',
          failed_message: 'String',
        },
      ],
      prescription_detail_list: [
        {
          biz_order_id: 'String',
          prescription_pic_url: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.seller.rx.prescription.detail.batchquery`: method, response root, request and response schemas. */
export const alibabaAlihealthSellerRxPrescriptionDetailBatchqueryOperation = {
  method: 'alibaba.alihealth.seller.rx.prescription.detail.batchquery',
  responseRoot: 'alibaba_alihealth_seller_rx_prescription_detail_batchquery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家维度批量查询订单处方详情 — calls TOP method `alibaba.alihealth.seller.rx.prescription.detail.batchquery`.
 *
 * 商家可以通过seller_id、biz_order_ids，批量查询自家店铺订单对应的处方详情。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthSellerRxPrescriptionDetailBatchquery(
  client: TopClient,
  request: AlibabaAlihealthSellerRxPrescriptionDetailBatchqueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthSellerRxPrescriptionDetailBatchqueryResponse> {
  return client.call<AlibabaAlihealthSellerRxPrescriptionDetailBatchqueryResponse>(
    {
      method: 'alibaba.alihealth.seller.rx.prescription.detail.batchquery',
      responseRoot: 'alibaba_alihealth_seller_rx_prescription_detail_batchquery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
