// Generated from specs/lstpos/alibaba.lst.pos.open.goods.getgoodsbybarcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.pos.open.goods.getgoodsbybarcode` (ISV条码库查询接口). */
export interface AlibabaLstPosOpenGoodsGetgoodsbybarcodeRequest {
  /** 商品条码 */
  barcode: string;
}

/** Response of `alibaba.lst.pos.open.goods.getgoodsbybarcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstPosOpenGoodsGetgoodsbybarcodeResponse {
  /** 结果对象 */
  result?: AlibabaLstPosOpenGoodsGetgoodsbybarcodeResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `alibaba.lst.pos.open.goods.getgoodsbybarcode`. */
export interface AlibabaLstPosOpenGoodsGetgoodsbybarcodeResultDto {
  /** 错误信息描述 */
  error_message?: string;
  /** 接口具体返回的业务数据对象 */
  module?: AlibabaLstPosOpenGoodsGetgoodsbybarcodeGoodsDto;
  /** 业务错误码 */
  error_code?: Int64;
  /** 接口调用是否成功 true:调用成功 false:调用失败 */
  success?: boolean;
}

/** `GoodsDto` of `alibaba.lst.pos.open.goods.getgoodsbybarcode`. */
export interface AlibabaLstPosOpenGoodsGetgoodsbybarcodeGoodsDto {
  /** 规格 */
  spec?: string;
  /** 简称 */
  shot_title?: string;
  /** 零售价，单位为分 */
  reserve_price?: Int64;
  /** 商品标题 */
  title?: string;
  /** 商品条码,唯一 */
  bar_code?: string;
}

const REQUEST_SCHEMA = {
  barcode: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    module: {
      spec: 'String',
      shot_title: 'String',
      reserve_price: 'Number',
      title: 'String',
      bar_code: 'String',
    },
    error_code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.pos.open.goods.getgoodsbybarcode`: method, response root, request and response schemas. */
export const alibabaLstPosOpenGoodsGetgoodsbybarcodeOperation = {
  method: 'alibaba.lst.pos.open.goods.getgoodsbybarcode',
  responseRoot: 'alibaba_lst_pos_open_goods_getgoodsbybarcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV条码库查询接口 — calls TOP method `alibaba.lst.pos.open.goods.getgoodsbybarcode`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstPosOpenGoodsGetgoodsbybarcode(
  client: TopClient,
  request: AlibabaLstPosOpenGoodsGetgoodsbybarcodeRequest,
  options?: CallOptions,
): Promise<AlibabaLstPosOpenGoodsGetgoodsbybarcodeResponse> {
  return client.call<AlibabaLstPosOpenGoodsGetgoodsbybarcodeResponse>(
    {
      method: 'alibaba.lst.pos.open.goods.getgoodsbybarcode',
      responseRoot: 'alibaba_lst_pos_open_goods_getgoodsbybarcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
