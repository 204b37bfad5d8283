// Generated from specs/icbu/alibaba.icbu.product.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.product.list` (商品查询). */
export interface AlibabaIcbuProductListRequest {
  /** 类目ID */
  category_id?: Int64Input;
  /** 当前页 */
  current_page?: Int64Input;
  /** 每页大小，最大30 */
  page_size?: Int64Input;
  /** 商品名称，支持模糊匹配 */
  subject?: string;
  /** 商品语种，目前只支持ENGLISH */
  language: string;
  /** 商品三级分组id，可选填。若填写-1 则表示取回的商品没有三级分组，不填入代表取回的商品不关心它的三级分组，填写对应的group id将返回这个分组下的商品 */
  group_id3?: Int64Input;
  /** 商品二级分组id，可选填。若填写-1 则表示取回的商品没有二级分组，不填入代表取回的商品不关系它的二级分组，填写对应的group id将返回这个分组下的商品 */
  group_id2?: Int64Input;
  /** 商品一级分组id，可选填。若填写0 则表示取回的商品没有一级分组，不填入代表取回的商品不关心它的一级分组，填写对应的group id将返回这个分组下的商品 */
  group_id1?: Int64Input;
  /** 商品明文id */
  id?: Int64Input;
  /** 最晚修改时间，格式yyyy-MM-dd HH:mm:ss */
  gmt_modified_to?: string;
  /** 最早修改时间，格式yyyy-MM-dd HH:mm:ss */
  gmt_modified_from?: string;
}

/** Response of `alibaba.icbu.product.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuProductListResponse {
  /** 当前页 */
  current_page?: Int64;
  /** 每页大小 */
  page_size?: Int64;
  /** 商品概要信息列表 */
  products?: AlibabaIcbuProductListAlibabaProductBriefResponse[];
  /** 总数 */
  total_item?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AlibabaProductBriefResponse` of `alibaba.icbu.product.list`. */
export interface AlibabaIcbuProductListAlibabaProductBriefResponse {
  /** 分组ID */
  group_id?: Int64;
  /** 分组名称 */
  group_name?: string;
  /** 商品明文ID */
  id?: Int64;
  /** 关键词 */
  keywords?: string[];
  /** 商品的主图 */
  main_image?: AlibabaIcbuProductListMainImage;
  /** 商品状态 */
  status?: string;
  /** 商品名称 */
  subject?: string;
  /** sourcing或者wholesale */
  product_type?: string;
  /** english */
  language?: string;
  /** Y表示上架，N表示下架 */
  display?: string;
  /** james */
  owner_member_display_name?: string;
  /** 1234 */
  category_id?: Int64;
  /** true */
  is_specific?: boolean;
  /** true */
  is_rts?: boolean;
  /** https://www.alibaba.com/product-detail/Eco-Friendly-100-Biodegradable-Cornstarch-Trash_60832548452.html?spm=a2700.galleryofferlist.normalList.12.6c612db4ueHAW2&fullFirstScreen=true */
  pc_detail_url?: string;
  /** true */
  smart_edit?: boolean;
  /** 2020-12-22 12:00:00 */
  gmt_create?: string;
  /** 2020-12-22 12:00:00 */
  gmt_modified?: string;
  /** CK001 */
  red_model?: string;
  /** 产品混淆id */
  product_id?: string;
}

/** `MainImage` of `alibaba.icbu.product.list`. */
export interface AlibabaIcbuProductListMainImage {
  /** alibaba图片中心的图片URL列表，请使用alibaba.icbu.photobank.upload接口上传图片 */
  images?: string[];
  /** 是否打水印，是(true)或否(false) */
  watermark?: boolean;
  /** 水印是否有边框，有边框(Y)或者无边框(N) */
  watermark_frame?: string;
  /** 水印位置，在中间(center)或者在底部(bottom) */
  watermark_position?: string;
}

const REQUEST_SCHEMA = {
  category_id: 'Number',
  current_page: 'Number',
  page_size: 'Number',
  subject: 'String',
  language: 'String',
  group_id3: 'Number',
  group_id2: 'Number',
  group_id1: 'Number',
  id: 'Number',
  gmt_modified_to: 'String',
  gmt_modified_from: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  current_page: 'Number',
  page_size: 'Number',
  products: [
    {
      group_id: 'Number',
      group_name: 'String',
      id: 'Number',
      keywords: ['String'],
      main_image: {
        images: ['String'],
        watermark: 'Boolean',
        watermark_frame: 'String',
        watermark_position: 'String',
      },
      status: 'String',
      subject: 'String',
      product_type: 'String',
      language: 'String',
      display: 'String',
      owner_member_display_name: 'String',
      category_id: 'Number',
      is_specific: 'Boolean',
      is_rts: 'Boolean',
      pc_detail_url: 'String',
      smart_edit: 'Boolean',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      red_model: 'String',
      product_id: 'String',
    },
  ],
  total_item: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.product.list`: method, response root, request and response schemas. */
export const alibabaIcbuProductListOperation = {
  method: 'alibaba.icbu.product.list',
  responseRoot: 'alibaba_icbu_product_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品查询 — calls TOP method `alibaba.icbu.product.list`.
 *
 * 根据类目ID和商品名称查询商品概要信息。结果以修改时间倒序返回，支持分页，每页最多30个。每次调用都是独立的请求，不记录调用的上下文。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuProductList(
  client: TopClient,
  request: AlibabaIcbuProductListRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuProductListResponse> {
  return client.call<AlibabaIcbuProductListResponse>(
    {
      method: 'alibaba.icbu.product.list',
      responseRoot: 'alibaba_icbu_product_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
