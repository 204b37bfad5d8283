// Generated from specs/util/alibaba.ais.assets.tag.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ais.assets.tag.get` (基础设施资产标签获取). */
export interface AlibabaAisAssetsTagGetRequest {
  /** 二维码生成唯一标识 */
  u_nonce: string;
}

/** Response of `alibaba.ais.assets.tag.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAisAssetsTagGetResponse {
  /** 最外层结果 */
  result?: AlibabaAisAssetsTagGetBaseRep;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseRep` of `alibaba.ais.assets.tag.get`. */
export interface AlibabaAisAssetsTagGetBaseRep {
  /** 内层大对象 */
  datas?: AlibabaAisAssetsTagGetAssetQrCodeDto[];
  /** 接口请求返回码 */
  code?: string;
  /** 接口请求返回消息 */
  msg?: string;
}

/** `AssetQrCodeDto` of `alibaba.ais.assets.tag.get`. */
export interface AlibabaAisAssetsTagGetAssetQrCodeDto {
  /** 生产二维码信息字符串 */
  qr_code_string_list?: string[];
  /** 阿里侧部件型号(请求参数) */
  mpn?: string;
  /** 实物SN(请求参数) */
  sn?: string;
  /** 整机厂商code(请求参数) */
  device_brand_code?: string;
  /** 配件厂商code(请求参数) */
  spare_brand_code?: string;
  /** 请求生产条码数量 */
  quantity?: string;
  /** 实物来源 */
  entity_source?: string;
  /** 资产类型 */
  asset_type?: string;
  /** 厂商代码(请求参数) */
  manufacture?: string;
  /** 配件类型code(请求参数) */
  spare_category_code?: string;
  /** 单批次请求唯一标识 */
  nonce?: string;
}

const REQUEST_SCHEMA = {
  u_nonce: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    datas: [
      {
        qr_code_string_list: ['String'],
        mpn: 'String',
        sn: 'String',
        device_brand_code: 'String',
        spare_brand_code: 'String',
        quantity: 'String',
        entity_source: 'String',
        asset_type: 'String',
        manufacture: 'String',
        spare_category_code: 'String',
        nonce: 'String',
      },
    ],
    code: 'String',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ais.assets.tag.get`: method, response root, request and response schemas. */
export const alibabaAisAssetsTagGetOperation = {
  method: 'alibaba.ais.assets.tag.get',
  responseRoot: 'alibaba_ais_assets_tag_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 基础设施资产标签获取 — calls TOP method `alibaba.ais.assets.tag.get`.
 *
 * 提供浪潮，英业达等厂商供应阿里巴巴基础设施资产的标签QR code获取
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAisAssetsTagGet(
  client: TopClient,
  request: AlibabaAisAssetsTagGetRequest,
  options?: CallOptions,
): Promise<AlibabaAisAssetsTagGetResponse> {
  return client.call<AlibabaAisAssetsTagGetResponse>(
    {
      method: 'alibaba.ais.assets.tag.get',
      responseRoot: 'alibaba_ais_assets_tag_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
