// Generated from specs/product/tmall.product.spec.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.product.spec.get` (根据产品规格的Id号获取当个的规格信息). */
export interface TmallProductSpecGetRequest {
  /** 要获取信息的产品规格信息。 */
  spec_id: Int64Input;
}

/** Response of `tmall.product.spec.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallProductSpecGetResponse {
  /**
   * 返回的产品规格信息，注意，这个产品规格信息可能是等待审核的，不一定可用。根据状态判断1：表示审核通过
   * 3：表示等待审核。
   */
  product_spec?: TmallProductSpecGetProductSpec;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductSpec` of `tmall.product.spec.get`. */
export interface TmallProductSpecGetProductSpec {
  /** 产品规格ID。 */
  spec_id?: Int64;
  /** 产品ID。 */
  product_id?: Int64;
  /** 产品规格的销售属性组合。格式为：pid:vid;pid:vid。其中：pid是销售属性id，vid是销售属性值id。如果该类目品牌下面没有销售属性，可以不用填写。销售属性通过tmall.brandcat.salespro.get接口获取。 */
  spec_props?: string;
  /** 销售属性值别名。格式为：pid1:vid1:别名1;pid2:vid2:别名2。其中：pid是销售属性id，vid是销售属性值id。别名长度不可以超过30个字符。目前只有颜色销售属性支持别名。 */
  spec_props_alias?: string;
  /** 用户输入的属性值存放位置，例如可输入的销售属性，当用户获取pid vid后，应该先从spec_props_alias中获取，然后通过类目属性获取，获取不到，可以通过这个字段获取。 */
  custome_props_name?: string;
  /** 产品的主图片地址。绝对地址，格式：http://host/image_path。 */
  pic_url?: string;
  /** 产品规格条形码，支持EAN-13格式。 */
  barcode?: string;
  /**
   * 1:表示可以使用的数据，也就是审核通过的。
   * 3：表示等待小二审核的产品规格，这个数据暂时还不能使用，要等待审核通过后，才能使用。
   */
  status?: Int64;
  /** 产品品牌id */
  brand_id?: Int64;
  /** 产品货号 */
  product_code?: string;
  /** 上市时间 */
  market_time?: string;
  /** 认证图片列表 */
  certified_pics?: TmallProductSpecGetCertPicInfo[];
}

/** `CertPicInfo` of `tmall.product.spec.get`. */
export interface TmallProductSpecGetCertPicInfo {
  /** 认证类型的数值id */
  cert_type?: Int64;
  /** 认证图片的url地址 */
  pic_url?: string;
}

const REQUEST_SCHEMA = {
  spec_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_spec: {
    spec_id: 'Number',
    product_id: 'Number',
    spec_props: 'String',
    spec_props_alias: 'String',
    custome_props_name: 'String',
    pic_url: 'String',
    barcode: 'String',
    status: 'Number',
    brand_id: 'Number',
    product_code: 'String',
    market_time: 'Date',
    certified_pics: [
      {
        cert_type: 'Number',
        pic_url: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.product.spec.get`: method, response root, request and response schemas. */
export const tmallProductSpecGetOperation = {
  method: 'tmall.product.spec.get',
  responseRoot: 'tmall_product_spec_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据产品规格的Id号获取当个的规格信息 — calls TOP method `tmall.product.spec.get`.
 *
 * 通过当个的spec_id获取到这个产品规格的信息，主要是因为产品规格是要经过审核的，所以通过这个接口可以获取到是否通过审核
 * 通过参看这个ProductSpec的status判断：
 * 1:表示审核通过
 * 3:表示等待审核。
 * 如果你的id找不到数据，那么就是审核被拒绝。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallProductSpecGet(
  client: TopClient,
  request: TmallProductSpecGetRequest,
  options?: CallOptions,
): Promise<TmallProductSpecGetResponse> {
  return client.call<TmallProductSpecGetResponse>(
    {
      method: 'tmall.product.spec.get',
      responseRoot: 'tmall_product_spec_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
