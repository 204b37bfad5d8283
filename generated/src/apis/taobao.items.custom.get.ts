// Generated from specs/tbitem/taobao.items.custom.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.items.custom.get` (根据外部ID取商品). */
export interface TaobaoItemsCustomGetRequest {
  /** 商品的外部商品ID，支持批量，最多不超过40个。 */
  outer_id: string;
  /** 需返回的字段列表，参考：Item商品结构体说明，其中barcode、sku.barcode等条形码字段暂不支持；多个字段之间用“,”分隔。 */
  fields: string;
}

/** Response of `taobao.items.custom.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemsCustomGetResponse {
  /** 商品列表，具体返回字段以fields决定 */
  items?: TaobaoItemsCustomGetItem[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Item` of `taobao.items.custom.get`. */
export interface TaobaoItemsCustomGetItem {
  /** 商品所属的叶子类目 id */
  cid?: Int64;
  /** 商品所属的店铺内卖家自定义类目列表 */
  seller_cids?: string;
  /** 商品属性 格式：pid:vid;pid:vid */
  props?: string;
  /** 用户自行输入的类目属性ID串。结构："pid1,pid2,pid3"，如："20000"（表示品牌） 注：通常一个类目下用户可输入的关键属性不超过1个。 */
  input_pids?: string;
  /** 用户自行输入的子属性名和属性值，结构:"父属性值;一级子属性名;一级子属性值;二级子属性名;自定义输入值,....",如：&ldquo;耐克;耐克系列;科比系列;科比系列;2K5&rdquo;，input_str需要与input_pids一一对应，注：通常一个类目下用户可输入的关键属性不超过1个。所有属性别名加起来不能超过 3999字节。 */
  input_str?: string;
  /** 商品主图片地址 */
  pic_url?: string;
  /** 商品数量 */
  num?: Int64;
  /** 上架时间（格式：yyyy-MM-dd HH:mm:ss） */
  list_time?: string;
  /** 下架时间（格式：yyyy-MM-dd HH:mm:ss） */
  delist_time?: string;
  /** 商品新旧程度(全新:new，闲置:unused，二手：second) */
  stuff_status?: string;
  /** 商品所在地 */
  location?: TaobaoItemsCustomGetLocation;
  /** 支持会员打折,true/false */
  has_discount?: boolean;
  /** 运费承担方式,seller（卖家承担），buyer(买家承担） */
  freight_payer?: string;
  /** 是否有发票,true/false */
  has_invoice?: boolean;
  /** 是否有保修,true/false */
  has_warranty?: boolean;
  /** 橱窗推荐,true/false */
  has_showcase?: boolean;
  /** 商品修改时间（格式：yyyy-MM-dd HH:mm:ss） */
  modified?: string;
  /** 加价幅度。如果为0，代表系统代理幅度。在竞拍中，为了超越上一个出价，会员需要在当前出价上增加金额，这个金额就是加价幅度。卖家在发布宝贝的时候可以自定义加价幅度，也可以让系统自动代理加价。系统自动代理加价的加价幅度随着当前出价金额的增加而增加，我们建议会员使用系统自动代理加价，并请买家在出价前看清楚加价幅度的具体金额。另外需要注意是，此功能只适用于拍卖的商品。以下是系统自动代理加价幅度表：当前价（加价幅度 ）1-40（ 1 ）、41-100（ 2 ）、101-200（5 ）、201-500 （10）、501-1001（15）、001-2000（25）、2001-5000（50）、5001-10000（100）10001以上 200 */
  increment?: string;
  /** 商品上传后的状态。onsale出售中，instock库中 */
  approve_status?: string;
  /** 宝贝所属的运费模板ID，如果没有返回则说明没有使用运费模板 */
  postage_id?: Int64;
  /** 宝贝所属产品的id(可能为空). 该字段可以通过taobao.products.search 得到 */
  product_id?: Int64;
  /** 商品图片列表(包括主图)。fields中只设置item_img可以返回ItemImg结构体中所有字段，如果设置为item_img.id、item_img.url、item_img.position等形式就只会返回相应的字段 */
  item_imgs?: TaobaoItemsCustomGetItemImg[];
  /** 商品属性图片列表。fields中只设置prop_img可以返回PropImg结构体中所有字段，如果设置为prop_img.id、prop_img.url、prop_img.properties、prop_img.position等形式就只会返回相应的字段 */
  prop_imgs?: TaobaoItemsCustomGetPropImg[];
  /** 虚拟商品的状态字段 */
  is_virtual?: boolean;
  /** 是否在淘宝显示 */
  is_taobao?: boolean;
  /** 是否在外部网店显示 */
  is_ex?: boolean;
  /** 商品视频列表(目前只支持单个视频关联)。fields中只设置video可以返回Video结构体中所有字段，如果设置为video.id、video.video_id、video.url等形式就只会返回相应的字段 */
  videos?: TaobaoItemsCustomGetVideo[];
  /** 是否是3D淘宝的商品 */
  is_3D?: boolean;
  /** 是否淘1站商品 */
  one_station?: boolean;
  /** 秒杀商品类型。打上秒杀标记的商品，用户只能下架并不能再上架，其他任何编辑或删除操作都不能进行。如果用户想取消秒杀标记，需要联系小二进行操作。如果秒杀结束需要自由编辑请联系活动负责人（小二）去掉秒杀标记。可选类型web_only(只能通过web网络秒杀)wap_only(只能通过wap网络秒杀)web_and_wap(既能通过web秒杀也能通过wap秒杀) */
  second_kill?: string;
  /** 商品是否违规，违规：true , 不违规：false */
  violation?: boolean;
  /** 商品url */
  detail_url?: string;
  /** 商品数字id */
  num_iid?: Int64;
  /** 商品标题,不能超过60字节 */
  title?: string;
  /** 卖家昵称 */
  nick?: string;
  /** 商品类型(fixed:一口价;auction:拍卖)注：取消团购 */
  type?: string;
  /** 商品描述, 字数要大于5个字节，小于25000个字节 */
  desc?: string;
  /** Sku列表。fields中只设置sku可以返回Sku结构体中所有字段，如果设置为sku.sku_id、sku.properties、sku.quantity等形式就只会返回相应的字段 */
  skus?: TaobaoItemsCustomGetSku[];
  /** 返点比例 */
  auction_point?: Int64;
  /** 属性值别名 */
  property_alias?: string;
  /** 食品安全信息，包括：生产许可证编号、产品标准号、厂名、厂址等 */
  food_security?: string | Record<string, unknown>;
  /** 宝贝特征值，只有在Top支持的特征值才能保存到宝贝上 */
  features?: string;
  /** 本地生活电子交易凭证业务，目前此字段只涉及到的信息为有效期:如果有效期为起止日期类型，此值为2012-08-06,2012-08-16如果有效期为【购买成功日 至】类型则格式为2012-08-16如果有效期为天数类型则格式为3 */
  locality_life?: string | Record<string, unknown>;
  /** 预扣库存，即付款减库存的商品现在有多少处于未付款状态的订单 */
  with_hold_quantity?: Int64;
  /** 发货时间信息 */
  delivery_time?: string | Record<string, unknown>;
  /** 商品卖点信息，天猫商家使用字段，最长150个字符。 */
  sell_point?: string;
  /** 有效期,7或者14（默认是14天） */
  valid_thru?: Int64;
  /** 商家外部编码(可与商家外部系统对接) */
  outer_id?: string;
  /** 代充商品类型。只有少数类目下的商品可以标记上此字段，具体哪些类目可以上传可以通过taobao.itemcat.features.get获得。在代充商品的类目下，不传表示不标记商品类型（交易搜索中就不能通过标记搜到相关的交易了）。可选类型：time_card(点卡软件代充)fee_card(话费软件代充) */
  auto_fill?: string;
  /** 商品描述模块化，模块列表，由List转化成jsonArray存入，后端逻辑验证通过，拼装成模块内容+锚点导航后存入desc中。数据结构具体参见Item_Desc_Module */
  desc_modules?: string;
  /** 定制工具Id */
  custom_made_type_id?: string;
  /** 是否为达尔文挂接成功了的商品 */
  is_cspu?: boolean;
  /** 商品资质的信息，用URLEncoder做过转换，使用时，需要URLDecoder转换回来，默认字符集为：UTF-8 */
  qualification?: string;
  /** 商品价格，格式：5.00；单位：元；精确到：分 */
  price?: string;
  /** 平邮费用,格式：5.00；单位：元；精确到：分 */
  post_fee?: string;
  /** 快递费用,格式：5.00；单位：元；精确到：分 */
  express_fee?: string;
  /** ems费用,格式：5.00；单位：元；精确到：分 */
  ems_fee?: string;
  /** 村淘特有商品级数据结构 */
  cuntao_item_specific?: string | Record<string, unknown>;
  /** 商品id(注意：iid近期即将废弃，请用num_iid参数) */
  iid?: string;
  /** 全球购商品采购地信息（库存类型），有两种库存类型：现货和代购;参数值为1时代表现货，值为2时代表代购 */
  global_stock_type?: string;
  /** 全球购商品采购地信息（地区/国家），代表全球购商品的产地信息。 */
  global_stock_country?: string;
  /** 全球购商品发货地，发货地现在有两种类型：&ldquo;国内&rdquo;和&ldquo;海外及港澳台&rdquo;，参数值为1时代表&ldquo;国内&rdquo;，值为2时代表&ldquo;海外及港澳台&rdquo; */
  global_stock_delivery_place?: string;
  /** 全球购商品卖家包税承诺，当值为true时，代表卖家承诺包税。 */
  global_stock_tax_free_promise?: boolean;
}

/** `Location` of `taobao.items.custom.get`. */
export interface TaobaoItemsCustomGetLocation {
  /** 所在城市（中文名称） */
  city?: string;
  /** 所在省份（中文名称） */
  state?: string;
}

/** `ItemImg` of `taobao.items.custom.get`. */
export interface TaobaoItemsCustomGetItemImg {
  /** 图片链接地址 */
  url?: string;
  /** 图片放在第几张（多图时可设置） */
  position?: Int64;
}

/** `PropImg` of `taobao.items.custom.get`. */
export interface TaobaoItemsCustomGetPropImg {
  /** 属性图片的id，和商品相对应 */
  id?: Int64;
  /** 图片链接地址 */
  url?: string;
  /** 图片所对应的属性组合的字符串 */
  properties?: string;
  /** 图片放在第几张（多图时可设置） */
  position?: Int64;
}

/** `Video` of `taobao.items.custom.get`. */
export interface TaobaoItemsCustomGetVideo {
  /** 视频关联记录的id，和商品相对应 */
  id?: Int64;
  /** video的id，对应于视频在淘秀的存储记录 */
  video_id?: Int64;
  /** video的url连接地址。淘秀里视频记录里面存储的url地址 */
  url?: string;
  /** 视频关联记录创建时间（格式：yyyy-MM-dd HH:mm:ss） */
  created?: string;
  /** 视频关联记录修改时间（格式：yyyy-MM-dd HH:mm:ss） */
  modified?: string;
}

/** `Sku` of `taobao.items.custom.get`. */
export interface TaobaoItemsCustomGetSku {
  /** sku的id */
  sku_id?: Int64;
  /** sku的销售属性组合字符串（颜色，大小，等等，可通过类目API获取某类目下的销售属性）,格式是p1:v1;p2:v2 */
  properties?: string;
  /** 属于这个sku的商品的数量， */
  quantity?: Int64;
  /** 属于这个sku的商品的价格 取值范围:0-100000000;精确到2位小数;单位:元。如:200.07，表示:200元7分。 */
  price?: string;
  /** sku创建日期 时间格式：yyyy-MM-dd HH:mm:ss */
  created?: string;
  /** sku最后修改日期 时间格式：yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** sku所对应的销售属性的中文名字串，格式如：pid1:vid1:pid_name1:vid_name1;pid2:vid2:pid_name2:vid_name2&hellip;&hellip; */
  properties_name?: string;
  /** 商品在付款减库存的状态下，该sku上未付款的订单数量 */
  with_hold_quantity?: Int64;
  /** 商家设置的外部id。天猫和集市的卖家，需要登录才能获取到自己的商家编码，不能获取到他人的商家编码。 */
  outer_id?: string;
}

const REQUEST_SCHEMA = {
  outer_id: 'String',
  fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  items: [
    {
      cid: 'Number',
      seller_cids: 'String',
      props: 'String',
      input_pids: 'String',
      input_str: 'String',
      pic_url: 'String',
      num: 'Number',
      list_time: 'Date',
      delist_time: 'Date',
      stuff_status: 'String',
      location: {
        city: 'String',
        state: 'String',
      },
      has_discount: 'Boolean',
      freight_payer: 'String',
      has_invoice: 'Boolean',
      has_warranty: 'Boolean',
      has_showcase: 'Boolean',
      modified: 'Date',
      increment: 'String',
      approve_status: 'String',
      postage_id: 'Number',
      product_id: 'Number',
      item_imgs: [
        {
          url: 'String',
          position: 'Number',
        },
      ],
      prop_imgs: [
        {
          id: 'Number',
          url: 'String',
          properties: 'String',
          position: 'Number',
        },
      ],
      is_virtual: 'Boolean',
      is_taobao: 'Boolean',
      is_ex: 'Boolean',
      videos: [
        {
          id: 'Number',
          video_id: 'Number',
          url: 'String',
          created: 'Date',
          modified: 'Date',
        },
      ],
      is_3D: 'Boolean',
      one_station: 'Boolean',
      second_kill: 'String',
      violation: 'Boolean',
      detail_url: 'String',
      num_iid: 'Number',
      title: 'String',
      nick: 'String',
      type: 'String',
      desc: 'String',
      skus: [
        {
          sku_id: 'Number',
          properties: 'String',
          quantity: 'Number',
          price: 'String',
          created: 'String',
          modified: 'String',
          properties_name: 'String',
          with_hold_quantity: 'Number',
          outer_id: 'String',
        },
      ],
      auction_point: 'Number',
      property_alias: 'String',
      food_security: 'Json',
      features: 'String',
      locality_life: 'Json',
      with_hold_quantity: 'Number',
      delivery_time: 'Json',
      sell_point: 'String',
      valid_thru: 'Number',
      outer_id: 'String',
      auto_fill: 'String',
      desc_modules: 'String',
      custom_made_type_id: 'String',
      is_cspu: 'Boolean',
      qualification: 'String',
      price: 'Price',
      post_fee: 'Price',
      express_fee: 'Price',
      ems_fee: 'Price',
      cuntao_item_specific: 'Json',
      iid: 'String',
      global_stock_type: 'String',
      global_stock_country: 'String',
      global_stock_delivery_place: 'String',
      global_stock_tax_free_promise: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.items.custom.get`: method, response root, request and response schemas. */
export const taobaoItemsCustomGetOperation = {
  method: 'taobao.items.custom.get',
  responseRoot: 'items_custom_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据外部ID取商品 — calls TOP method `taobao.items.custom.get`.
 *
 * 跟据卖家设定的商品外部id获取商品，只能获取授权卖家的商品
 *
 * 点击查看更多商品API说明
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemsCustomGet(
  client: TopClient,
  request: TaobaoItemsCustomGetRequest,
  options?: CallOptions,
): Promise<TaobaoItemsCustomGetResponse> {
  return client.call<TaobaoItemsCustomGetResponse>(
    {
      method: 'taobao.items.custom.get',
      responseRoot: 'items_custom_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
