// Generated from specs/tmallnr/tmall.nr.fulfill.logistics.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.fulfill.logistics.consign` (同城配门店备货通知). */
export interface TmallNrFulfillLogisticsConsignRequest {
  /** 入参对象 */
  param0?: TmallNrFulfillLogisticsConsignNrStoreGoodsReadyReqDtoInput;
}

/** Response of `tmall.nr.fulfill.logistics.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrFulfillLogisticsConsignResponse {
  /** result */
  result?: TmallNrFulfillLogisticsConsignNrResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrStoreGoodsReadyReqDto` of `tmall.nr.fulfill.logistics.consign`. */
export interface TmallNrFulfillLogisticsConsignNrStoreGoodsReadyReqDtoInput {
  /** 配送人员的姓名 */
  performer_name?: string;
  /** 配送人员的电话 */
  performer_phone?: string;
  /** 发货编码 */
  company_order_no?: string;
  /** 发货公司 */
  company_name?: string;
  /** 交易主订单号 */
  main_order_id: Int64Input;
  /** 业务标识，dss标识定时送业务；jsd表示极速达业务 */
  biz_identity?: string;
  /** 发货公司编码 */
  company_code?: string;
}

/** `NrResult` of `tmall.nr.fulfill.logistics.consign`. */
export interface TmallNrFulfillLogisticsConsignNrResult {
  /** resultData */
  result_data?: TmallNrFulfillLogisticsConsignNrStoreGoodsReadyRespDto;
  /** errorMessage */
  error_message?: string;
  /** errorCode */
  error_code?: string;
  /** 废弃，请使用succ判断是否成功 */
  is_success?: boolean;
  /** 是否成功 */
  succ?: boolean;
}

/** `NrStoreGoodsReadyRespDto` of `tmall.nr.fulfill.logistics.consign`. */
export interface TmallNrFulfillLogisticsConsignNrStoreGoodsReadyRespDto {
  /** 取件码 */
  got_code?: string;
  /** 根据门店+sellerId按日期生成从1到N的数据 */
  short_id?: string;
  /** 核销码 */
  ma_code?: string;
  /** 主订单号 */
  main_order_id?: Int64;
  /** 发货单号 */
  company_order_no?: string;
  /** 发货公司 */
  company_name?: string;
  /** 取消码 */
  cancel_code?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    performer_name: 'String',
    performer_phone: 'String',
    company_order_no: 'String',
    company_name: 'String',
    main_order_id: 'Number',
    biz_identity: 'String',
    company_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      got_code: 'String',
      short_id: 'String',
      ma_code: 'String',
      main_order_id: 'Number',
      company_order_no: 'String',
      company_name: 'String',
      cancel_code: 'String',
    },
    error_message: 'String',
    error_code: 'String',
    is_success: 'Boolean',
    succ: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.fulfill.logistics.consign`: method, response root, request and response schemas. */
export const tmallNrFulfillLogisticsConsignOperation = {
  method: 'tmall.nr.fulfill.logistics.consign',
  responseRoot: 'tmall_nr_fulfill_logistics_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同城配门店备货通知 — calls TOP method `tmall.nr.fulfill.logistics.consign`.
 *
 * 同城配业务备货通知，商家告诉平台门店的货已经准备好，可以发货了；
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrFulfillLogisticsConsign(
  client: TopClient,
  request: TmallNrFulfillLogisticsConsignRequest = {},
  options?: CallOptions,
): Promise<TmallNrFulfillLogisticsConsignResponse> {
  return client.call<TmallNrFulfillLogisticsConsignResponse>(
    {
      method: 'tmall.nr.fulfill.logistics.consign',
      responseRoot: 'tmall_nr_fulfill_logistics_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
