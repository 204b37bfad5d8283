// Generated from specs/alihealth2/alibaba.health.nr.cep.outorder.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.nr.cep.outorder.upload` (线上订单收货验收单、出入库单据生成接口). */
export interface AlibabaHealthNrCepOutorderUploadRequest {
  /** 出库单对象 */
  top_war_out_dto: AlibabaHealthNrCepOutorderUploadTopWarOutDTOInput;
}

/** Response of `alibaba.health.nr.cep.outorder.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthNrCepOutorderUploadResponse {
  /** 服务出参 */
  result?: AlibabaHealthNrCepOutorderUploadResponseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopWarOutDTO` of `alibaba.health.nr.cep.outorder.upload`. */
export interface AlibabaHealthNrCepOutorderUploadTopWarOutDTOInput {
  /** 出库单号 */
  bill_no: string;
  /** 单据日期 */
  biz_date: DateInput;
  /** 孔雀翎O2O订单ID */
  cep_order_id: Int64Input;
  /** 商品 */
  goods_list: AlibabaHealthNrCepOutorderUploadTopGoodsDTOInput[];
  /** 淘宝sellerId */
  tb_seller_id?: Int64Input;
  /** 魔方ID */
  cube_id: Int64Input;
}

/** `TopGoodsDTO` of `alibaba.health.nr.cep.outorder.upload`. */
export interface AlibabaHealthNrCepOutorderUploadTopGoodsDTOInput {
  /** 商品名 */
  goods_name?: string;
  /** 商品编码 */
  goods_code: string;
  /** 商品规格 */
  goods_spec?: string;
  /** 包装 */
  pack_unit_name?: string;
  /** 包装数 */
  pack_qty?: Int64Input;
  /** 批号 */
  lot_no: string;
  /** 生产日期 */
  product_date: DateInput;
  /** 有效期 */
  validity_date: DateInput;
  /** 收到数量 */
  receive_qty: Int64Input;
  /** 单价 */
  unit_price_str: string;
  /** 金额 */
  amount_money: Int64Input;
}

/** `ResponseResult` of `alibaba.health.nr.cep.outorder.upload`. */
export interface AlibabaHealthNrCepOutorderUploadResponseResult {
  /** 错误码 */
  error_msg?: string;
  /** 错误信息 */
  error_code?: string;
  /** 是否成功 */
  issuccess?: boolean;
}

const REQUEST_SCHEMA = {
  top_war_out_dto: {
    bill_no: 'String',
    biz_date: 'Date',
    cep_order_id: 'Number',
    goods_list: [
      {
        goods_name: 'String',
        goods_code: 'String',
        goods_spec: 'String',
        pack_unit_name: 'String',
        pack_qty: 'Number',
        lot_no: 'String',
        product_date: 'Date',
        validity_date: 'Date',
        receive_qty: 'Number',
        unit_price_str: 'String',
        amount_money: 'Number',
      },
    ],
    tb_seller_id: 'Number',
    cube_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'String',
    issuccess: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.nr.cep.outorder.upload`: method, response root, request and response schemas. */
export const alibabaHealthNrCepOutorderUploadOperation = {
  method: 'alibaba.health.nr.cep.outorder.upload',
  responseRoot: 'alibaba_health_nr_cep_outorder_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 线上订单收货验收单、出入库单据生成接口 — calls TOP method `alibaba.health.nr.cep.outorder.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthNrCepOutorderUpload(
  client: TopClient,
  request: AlibabaHealthNrCepOutorderUploadRequest,
  options?: CallOptions,
): Promise<AlibabaHealthNrCepOutorderUploadResponse> {
  return client.call<AlibabaHealthNrCepOutorderUploadResponse>(
    {
      method: 'alibaba.health.nr.cep.outorder.upload',
      responseRoot: 'alibaba_health_nr_cep_outorder_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
