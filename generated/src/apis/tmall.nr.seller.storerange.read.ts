// Generated from specs/tmallnr/tmall.nr.seller.storerange.read.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.seller.storerange.read` (门店服务范围读取). */
export interface TmallNrSellerStorerangeReadRequest {
  /** 给ISV用sellerid，ISV可能对接其他seller，有可能和登录不是同一个sellerid */
  seller_id: Int64Input;
  /** 业务身份，此api非必填 */
  biz_identity?: string;
  /**
   * 门店id
   *
   * Max list size: 20
   */
  store_ids: Int64Input[];
}

/** Response of `tmall.nr.seller.storerange.read`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrSellerStorerangeReadResponse {
  /** 系统自动生成 */
  result_list?: TmallNrSellerStorerangeReadNrResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrResult` of `tmall.nr.seller.storerange.read`. */
export interface TmallNrSellerStorerangeReadNrResult {
  /** 系统自动生成 */
  error_code?: string;
  /** 系统自动生成 */
  error_message?: string;
  /** 系统自动生成 */
  result_datas?: TmallNrSellerStorerangeReadResultData[];
  /** 系统自动生成 */
  success?: boolean;
}

/** `ResultData` of `tmall.nr.seller.storerange.read`. */
export interface TmallNrSellerStorerangeReadResultData {
  /** 卖家id */
  seller_id?: Int64;
  /** 门店id */
  store_id?: Int64;
  /** 服务范围，支持多服务范围返回 */
  ranges?: TmallNrSellerStorerangeReadNrServiceRangeResponseDto[];
}

/** `NrServiceRangeResponseDto` of `tmall.nr.seller.storerange.read`. */
export interface TmallNrSellerStorerangeReadNrServiceRangeResponseDto {
  /** 围栏数据 */
  points?: TmallNrSellerStorerangeReadPoints[];
}

/** `Points` of `tmall.nr.seller.storerange.read`. */
export interface TmallNrSellerStorerangeReadPoints {
  /** 维度 */
  lat?: string;
  /** 经度 */
  lng?: string;
}

const REQUEST_SCHEMA = {
  seller_id: 'Number',
  biz_identity: 'String',
  store_ids: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: {
    error_code: 'String',
    error_message: 'String',
    result_datas: [
      {
        seller_id: 'Number',
        store_id: 'Number',
        ranges: [
          {
            points: [
              {
                lat: 'String',
                lng: 'String',
              },
            ],
          },
        ],
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.seller.storerange.read`: method, response root, request and response schemas. */
export const tmallNrSellerStorerangeReadOperation = {
  method: 'tmall.nr.seller.storerange.read',
  responseRoot: 'tmall_nr_seller_storerange_read_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店服务范围读取 — calls TOP method `tmall.nr.seller.storerange.read`.
 *
 * 读取卖家所属门店的服务范围
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrSellerStorerangeRead(
  client: TopClient,
  request: TmallNrSellerStorerangeReadRequest,
  options?: CallOptions,
): Promise<TmallNrSellerStorerangeReadResponse> {
  return client.call<TmallNrSellerStorerangeReadResponse>(
    {
      method: 'tmall.nr.seller.storerange.read',
      responseRoot: 'tmall_nr_seller_storerange_read_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
