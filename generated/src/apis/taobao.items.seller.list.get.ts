// Generated from specs/tbitem/taobao.items.seller.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.items.seller.list.get` (批量获取商品详细信息). */
export interface TaobaoItemsSellerListGetRequest {
  /** 需要返回的商品字段列表。可选值：点击返回结果中的Item结构体中能展示出来的所有字段，多个字段用“,”分隔。注：返回所有sku信息的字段名称是sku而不是skus。 */
  fields: string;
  /**
   * 商品ID列表，多个ID用半角逗号隔开，一次最多不超过20个。注：获取不存在的商品ID或获取别人的商品都不会报错，但没有商品数据返回。
   *
   * Max list size: 20
   */
  num_iids: string[];
}

/** Response of `taobao.items.seller.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemsSellerListGetResponse {
  /** 商品详细信息列表 */
  items?: TaobaoItemsSellerListGetItem[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Item` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetItem {
  /** 售后服务ID,该字段仅在taobao.item.get接口中返回 */
  after_sale_id?: Int64;
  /** 商品上传后的状态。onsale出售中，instock库中 */
  approve_status?: string;
  /** 商品的积分返点比例。如:5,表示:返点比例0.5% */
  auction_point?: Int64;
  /** 代充商品类型。在代充商品的类目下，不传表示不标记商品类型（交易搜索中就不能通过标记搜到相关的交易了）。可选类型： no_mark(不做类型标记) time_card(点卡软件代充) fee_card(话费软件代充) */
  auto_fill?: string;
  /** 自动重发,true/false */
  auto_repost?: boolean;
  /** 商品级别的条形码 */
  barcode?: string;
  /** 商品所属的叶子类目 id */
  cid?: Int64;
  /** 货到付款运费模板ID */
  cod_postage_id?: Int64;
  /** Item的发布时间，目前仅供taobao.item.add和taobao.item.get可用 */
  created?: string;
  /** 定制工具Id */
  custom_made_type_id?: string;
  /** 下架时间（下架时间不准确，暂不支持使用） */
  delist_time?: string;
  /** 商品描述, 字数要大于5个字符，小于25000个字符 */
  desc?: string;
  /** 宝贝描述规范化模块锚点信息 */
  desc_module_info?: TaobaoItemsSellerListGetDescModuleInfo;
  /** 商品url */
  detail_url?: string;
  /** ems费用,格式：5.00；单位：元；精确到：分 */
  ems_fee?: string;
  /** 快递费用,格式：5.00；单位：元；精确到：分 */
  express_fee?: string;
  /** 宝贝特征值，只有在Top支持的特征值才能保存到宝贝上 */
  features?: string;
  /** 食品安全信息，包括：生产许可证编号、产品标准号、厂名、厂址等 */
  food_security?: TaobaoItemsSellerListGetFoodSecurity;
  /** 运费承担方式,seller（卖家承担），buyer(买家承担） */
  freight_payer?: string;
  /** 全球购商品采购地信息（地区/国家），代表全球购商品的产地信息。 */
  global_stock_country?: string;
  /** 全球购商品采购地信息（库存类型），有两种库存类型：现货和代购;参数值为1时代表现货，值为2时代表代购 */
  global_stock_type?: string;
  /** 支持会员打折,true/false */
  has_discount?: boolean;
  /** 是否有发票,true/false */
  has_invoice?: boolean;
  /** 橱窗推荐,true/false */
  has_showcase?: boolean;
  /** 是否有保修,true/false */
  has_warranty?: boolean;
  /** 加价幅度。如果为0，代表系统代理幅度。在竞拍中，为了超越上一个出价，会员需要在当前出价上增加金额，这个金额就是加价幅度。卖家在发布宝贝的时候可以自定义加价幅度，也可以让系统自动代理加价。系统自动代理加价的加价幅度随着当前出价金额的增加而增加，我们建议会员使用系统自动代理加价，并请买家在出价前看清楚加价幅度的具体金额。另外需要注意是，此功能只适用于拍卖的商品。以下是系统自动代理加价幅度表：当前价（加价幅度 ）1-40（ 1 ）、41-100（ 2 ）、101-200（5 ）、201-500 （10）、501-1001（15）、001-2000（25）、2001-5000（50）、5001-10000（100）10001以上 200 */
  increment?: string;
  /** 用户内店宝贝装修模板id */
  inner_shop_auction_template_id?: Int64;
  /** 用户自行输入的类目属性ID串。结构："pid1,pid2,pid3"，如："20000"（表示品牌） 注：通常一个类目下用户可输入的关键属性不超过1个。 */
  input_pids?: string;
  /** 用户自行输入的子属性名和属性值，结构:"父属性值;一级子属性名;一级子属性值;二级子属性名;自定义输入值,....",如：“耐克;耐克系列;科比系列;科比系列;2K5”，input_str需要与input_pids一一对应，注：通常一个类目下用户可输入的关键属性不超过1个。所有属性别名加起来不能超过 3999字节。 */
  input_str?: string;
  /** 是否是3D淘宝的商品 */
  is_3D?: boolean;
  /** 是否在外部网店显示 */
  is_ex?: boolean;
  /** 非分销商品：0，代销：1，经销：2 */
  is_fenxiao?: Int64;
  /** 是否24小时闪电发货 */
  is_lightning_consignment?: boolean;
  /** 商品是否为先行赔付taobao.items.search和taobao.items.vip.search专用 */
  is_prepay?: boolean;
  /** 是否在淘宝显示 */
  is_taobao?: boolean;
  /** 是否定时上架商品 */
  is_timing?: boolean;
  /** 虚拟商品的状态字段 */
  is_virtual?: boolean;
  /** 标示商品是否为新品。值含义：true-是，false-否。 */
  is_xinpin?: boolean;
  /** 商品图片列表(包括主图)。fields中只设置item_img可以返回ItemImg结构体中所有字段，如果设置为item_img.id、item_img.url、item_img.position等形式就只会返回相应的字段 */
  item_imgs?: TaobaoItemsSellerListGetItemImg[];
  /** 表示商品的体积，用于按体积计费的运费模板。该值的单位为立方米（m3）。该值支持两种格式的设置：格式1：bulk:3,单位为立方米(m3),表示直接设置为商品的体积。格式2：weight:10;breadth:10;height:10，单位为米（m） */
  item_size?: string;
  /** 商品的重量，用于按重量计费的运费模板。注意：单位为kg */
  item_weight?: string;
  /** 上架时间（上架时间不准确，暂不支持使用） */
  list_time?: string;
  /** 本地生活电子交易凭证业务，目前此字段只涉及到的信息为有效期:如果有效期为起止日期类型，此值为2012-08-06,2012-08-16如果有效期为【购买成功日 至】类型则格式为2012-08-16如果有效期为天数类型则格式为3 */
  locality_life?: TaobaoItemsSellerListGetLocalityLife;
  /** 商品所在地 */
  location?: TaobaoItemsSellerListGetLocation;
  /** 商品修改时间（格式：yyyy-MM-dd HH:mm:ss） */
  modified?: string;
  /** 宝贝主图视频的数据信息，包括：视频ID，视频缩略图URL，视频时长，视频状态等信息。 */
  mpic_video?: TaobaoItemsSellerListGetMpicVideo;
  /** 是否为新消保法中的7天无理由退货 */
  newprepay?: string;
  /** 卖家昵称 */
  nick?: string;
  /** 商品数量 */
  num?: Int64;
  /** 商品数字id */
  num_iid?: Int64;
  /** 是否淘1站商品 */
  one_station?: boolean;
  /** 商家外部编码(可与商家外部系统对接)。需要授权才能获取。 */
  outer_id?: string;
  /** 用户外店装修模板id */
  outer_shop_auction_template_id?: Int64;
  /** 用于保存拍卖有关的信息 */
  paimai_info?: TaobaoItemsSellerListGetPaimaiInfo;
  /** 周期销售库存 */
  period_sold_quantity?: Int64;
  /** 商品主图片地址 */
  pic_url?: string;
  /** 平邮费用,格式：5.00；单位：元；精确到：分 */
  post_fee?: string;
  /** 宝贝所属的运费模板ID，如果没有返回则说明没有使用运费模板 */
  postage_id?: Int64;
  /** 商品价格，格式：5.00；单位：元；精确到：分 */
  price?: string;
  /** 宝贝所属产品的id(可能为空). 该字段可以通过taobao.products.search 得到 */
  product_id?: Int64;
  /** 消保类型，多个类型以,分割。可取以下值：2：假一赔三；4：7天无理由退换货；taobao.items.search和taobao.items.vip.search专用 */
  promoted_service?: string;
  /** 商品属性图片列表。fields中只设置prop_img可以返回PropImg结构体中所有字段，如果设置为prop_img.id、prop_img.url、prop_img.properties、prop_img.position等形式就只会返回相应的字段 */
  prop_imgs?: TaobaoItemsSellerListGetPropImg[];
  /** 属性值别名,比如颜色的自定义名称 */
  property_alias?: string;
  /** 商品属性 格式：pid:vid;pid:vid */
  props?: string;
  /** 商品属性名称。标识着props内容里面的pid和vid所对应的名称。格式为：pid1:vid1:pid_name1:vid_name1;pid2:vid2:pid_name2:vid_name2……(注：属性名称中的冒号":"被转换为："#cln#"; 分号";"被转换为："#scln#") */
  props_name?: string;
  /** 商品所属卖家的信用等级数，1表示1心，2表示2心……，只有调用商品搜索:taobao.items.get和taobao.items.search的时候才能返回 */
  score?: Int64;
  /** 秒杀商品类型。打上秒杀标记的商品，用户只能下架并不能再上架，其他任何编辑或删除操作都不能进行。如果用户想取消秒杀标记，需要联系小二进行操作。如果秒杀结束需要自由编辑请联系活动负责人（小二）去掉秒杀标记。可选类型web_only(只能通过web网络秒杀)wap_only(只能通过wap网络秒杀)web_and_wap(既能通过web秒杀也能通过wap秒杀) */
  second_kill?: string;
  /** 商品卖点信息，天猫商家使用字段，最长150个字符。 */
  sell_point?: string;
  /** 是否承诺退换货服务! */
  sell_promise?: boolean;
  /** 商品所属的店铺内卖家自定义类目列表 */
  seller_cids?: string;
  /** Sku列表。fields中只设置sku可以返回Sku结构体中所有字段，如果设置为sku.sku_id、sku.properties、sku.quantity等形式就只会返回相应的字段 */
  skus?: TaobaoItemsSellerListGetSku[];
  /** 商品销量 */
  sold_quantity?: Int64;
  /** 商品新旧程度(全新:new，闲置:unused，二手：second) */
  stuff_status?: string;
  /** 商品是否支持拍下减库存:1支持;2取消支持(付款减库存);0(默认)不更改 集市卖家默认拍下减库存; 商城卖家默认付款减库存 */
  sub_stock?: Int64;
  /** 页面模板id */
  template_id?: string;
  /** 商品标题,不能超过60字节 */
  title?: string;
  /** 商品类型(fixed:一口价;auction:拍卖)注：取消团购 */
  type?: string;
  /** 有效期,7或者14（默认是7天） */
  valid_thru?: Int64;
  /** 该字段废弃，请勿使用。 */
  video_id?: Int64;
  /** 商品视频列表(目前只支持单个视频关联)。fields中只设置video可以返回Video结构体中所有字段，如果设置为video.id、video.video_id、video.url等形式就只会返回相应的字段 */
  videos?: TaobaoItemsSellerListGetVideo[];
  /** 商品是否违规，违规：true , 不违规：false */
  violation?: boolean;
  /** 对应搜索商品列表页的最近成交量,只有调用商品搜索:taobao.items.get和taobao.items.search的时候才能返回 */
  volume?: Int64;
  /** 不带html标签的desc文本信息，该字段只在taobao.item.get接口中返回 */
  wap_desc?: string;
  /** 适合wap应用的商品详情url ，该字段只在taobao.item.get接口中返回 */
  wap_detail_url?: string;
  /** 无线的宝贝描述 */
  wireless_desc?: string;
  /** 预扣库存，即付款减库存的商品现在有多少处于未付款状态的订单 */
  with_hold_quantity?: Int64;
  /** 商品所属的商家的旺旺在线状况，taobao.items.search和taobao.items.vip.search专用 */
  ww_status?: boolean;
  /** 商品描述模块化，模块列表，由List转化成jsonArray存入，后端逻辑验证通过，拼装成模块内容+锚点导航后存入desc中。数据结构具体参见Item_Desc_Module */
  desc_modules?: string;
  /** 村淘特有商品级数据结构 */
  cuntao_item_specific?: TaobaoItemsSellerListGetCuntaoItemSpecific;
  /** 3:4商品主图 */
  item_rectangle_imgs?: TaobaoItemsSellerListGetItemImg2[];
}

/** `DescModuleInfo` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetDescModuleInfo {
  /** 代表宝贝描述中规范化打标使用到的模块id列表，以逗号分隔。 */
  anchor_module_ids?: string;
  /** 类型代表规范化打标的类型：人工或自动化 */
  type?: Int64;
}

/** `FoodSecurity` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetFoodSecurity {
  /** 厂家联系方式 */
  contact?: string;
  /** 产品标准号 */
  design_code?: string;
  /** 厂名 */
  factory?: string;
  /** 厂址 */
  factory_site?: string;
  /** 食品添加剂 */
  food_additive?: string;
  /** 健字号，保健品/膳食营养补充剂 这个类目下特有的信息，此类目下无需填写生产许可证编号（QS），如果填写了生产许可证编号（QS）将被忽略不保存；保存宝贝时，标题前会自动加上健字号产品名称一起作为宝贝标题； */
  health_product_no?: string;
  /** 配料表 */
  mix?: string;
  /** 保质期 */
  period?: string;
  /** 储藏方法 */
  plan_storage?: string;
  /** 生产许可证号 */
  prd_license_no?: string;
  /** 生产结束日期 */
  product_date_end?: string;
  /** 生产开始日期 */
  product_date_start?: string;
  /** 进货结束日期，要在生产日期之后 */
  stock_date_end?: string;
  /** 进货开始日期，要在生产日期之后 */
  stock_date_start?: string;
  /** 供货商 */
  supplier?: string;
}

/** `ItemImg` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetItemImg {
  /** 图片创建时间 时间格式：yyyy-MM-dd HH:mm:ss */
  created?: string;
  /** 商品图片的id，和商品相对应（主图id默认为0） */
  id?: Int64;
  /** 图片放在第几张（多图时可设置） */
  position?: Int64;
  /** 图片链接地址 */
  url?: string;
}

/** `LocalityLife` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetLocalityLife {
  /** 表示是否使用邮寄 0: 代表不使用邮寄； 1：代表使用邮寄；如果不设置这个值，代表不使用邮寄 */
  choose_logis?: string;
  /** 电子凭证业务属性 */
  eticket?: string;
  /** 电子交易凭证有效期，有三种格式：如果有效期为起止日期类型，此值为2012-08-06,2012-08-16 如果有效期为【购买成功日 至】类型则格式为2012-08-16如果有效期为天数类型则格式为15 */
  expirydate?: string;
  /** 格式为 码商id:nick */
  merchant?: string;
  /** 网点ID,在参数empty_fields里设置locality_life.network_id可删除网点ID */
  network_id?: string;
  /** 电子凭证售中自动退款比例 */
  onsale_auto_refund_ratio?: Int64;
  /** 退款比例，百分比%前的数字，1-100的正整数值；在参数empty_fields里设置locality_life.refund_ratio可删除退款比例 */
  refund_ratio?: Int64;
  /** 退款码费承担方。发布电子凭证宝贝的时候会增加“退款码费承担方”配置项，可选填：(1)s（卖家承担） (2)b(买家承担) */
  refundmafee?: string;
  /** 核销打款:1代表核销打款,0代表非核销打款;在参数empty_fields里设置locality_life.verification可删除核销打款 */
  verification?: string;
}

/** `Location` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetLocation {
  /** 所在城市（中文名称） */
  city?: string;
  /** 所在省份（中文名称） */
  state?: string;
}

/** `MpicVideo` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetMpicVideo {
  /** 主图视频记录所关联的商品的数字id */
  num_iid?: Int64;
  /** 主图视频的时长，单位：秒 */
  video_duaration?: Int64;
  /** 主图视频的在淘视频中的ID */
  video_id?: Int64;
  /** 主图视频的缩略图URL */
  video_pic?: string;
  /** 主图视频的状态 */
  video_status?: Int64;
}

/** `PaimaiInfo` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetPaimaiInfo {
  /** 用户自定义的固定保证金。如果用户未传则说明用户选择使用淘宝默认的保证金模式10%，此时deposit等于0. */
  deposit?: Int64;
  /** 增价幅度或降价幅度 */
  increment?: string;
  /** 降价拍中的降价间隔 */
  interval?: Int64;
  /** 拍卖类型，目前包括增加拍，荷兰拍和降价拍。 */
  mode?: Int64;
  /** 降价拍的保留价 */
  reserve?: string;
  /** 对于拍卖来说可以设定有效期，这里是有效期的小时数。 */
  valid_hour?: Int64;
  /** 对于拍卖来说可以设定有效期，这里是有效期的分钟数。 */
  valid_minute?: Int64;
  /** 重复上拍总次数，如果不是重复上拍的，则为0 */
  repeat?: Int64;
  /** 拍品开始时间 */
  start?: string;
  /** 拍品结束时间 */
  end?: string;
  /** 拍品起拍价 */
  start_price?: Int64;
  /** 拍品封顶价（分） */
  ceil_price?: Int64;
  /** 增加拍延迟周期（分钟） */
  delay_in_minute?: Int64;
  /** 拍卖周期（秒钟），非重复上架为（开始时间-结束时间），当为重复上拍时为一次重复上架的时间 */
  period?: Int64;
  /** 降价时间周期（分钟） */
  frequency?: Int64;
}

/** `PropImg` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetPropImg {
  /** 属性图片的id，和商品相对应 */
  id?: Int64;
  /** 图片放在第几张（多图时可设置） */
  position?: Int64;
  /** 图片所对应的属性组合的字符串 */
  properties?: string;
  /** 图片链接地址 */
  url?: string;
}

/** `Sku` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetSku {
  /** 商品级别的条形码 */
  barcode?: string;
  /** sku创建日期 时间格式：yyyy-MM-dd HH:mm:ss */
  created?: string;
  /** sku最后修改日期 时间格式：yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** 商家设置的外部id。天猫和集市的卖家，需要登录才能获取到自己的商家编码，不能获取到他人的商家编码。 */
  outer_id?: string;
  /** 属于这个sku的商品的价格 取值范围:0-100000000;精确到2位小数;单位:元。如:200.07，表示:200元7分。 */
  price?: string;
  /** sku的销售属性组合字符串（颜色，大小，等等，可通过类目API获取某类目下的销售属性）,格式是p1:v1;p2:v2 */
  properties?: string;
  /** sku所对应的销售属性的中文名字串，格式如：pid1:vid1:pid_name1:vid_name1;pid2:vid2:pid_name2:vid_name2…… */
  properties_name?: string;
  /** 属于这个sku的商品的数量， */
  quantity?: Int64;
  /** sku的id */
  sku_id?: Int64;
  /** skuFeature */
  sku_feature?: TaobaoItemsSellerListGetSkuFeature;
}

/** `SkuFeature` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetSkuFeature {
  /** colorHotNew */
  color_hot_new?: string;
  /** colorMaterialImg */
  color_material_img?: string;
  /** colorValue */
  color_value?: string;
  /** colorMaterial */
  color_material?: string;
  /** colorSeries */
  color_series?: string;
}

/** `Video` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetVideo {
  /** 视频关联记录创建时间（格式：yyyy-MM-dd HH:mm:ss） */
  created?: string;
  /** 视频关联记录的id，和商品相对应 */
  id?: Int64;
  /** 视频关联记录修改时间（格式：yyyy-MM-dd HH:mm:ss） */
  modified?: string;
  /** video的url连接地址。淘秀里视频记录里面存储的url地址 */
  url?: string;
  /** video的id，对应于视频在淘秀的存储记录 */
  video_id?: Int64;
}

/** `CuntaoItemSpecific` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetCuntaoItemSpecific {
  /** 村淘商品级佣金率 */
  kick_back_rate?: string;
}

/** `ItemImg` of `taobao.items.seller.list.get`. */
export interface TaobaoItemsSellerListGetItemImg2 {
  /** 3:4商品主图位置，范围 0-4 */
  position?: Int64;
  /** 3:4商品主图url */
  url?: string;
}

const REQUEST_SCHEMA = {
  fields: 'String',
  num_iids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  items: [
    {
      after_sale_id: 'Number',
      approve_status: 'String',
      auction_point: 'Number',
      auto_fill: 'String',
      auto_repost: 'Boolean',
      barcode: 'String',
      cid: 'Number',
      cod_postage_id: 'Number',
      created: 'Date',
      custom_made_type_id: 'String',
      delist_time: 'Date',
      desc: 'String',
      desc_module_info: {
        anchor_module_ids: 'String',
        type: 'Number',
      },
      detail_url: 'String',
      ems_fee: 'String',
      express_fee: 'String',
      features: 'String',
      food_security: {
        contact: 'String',
        design_code: 'String',
        factory: 'String',
        factory_site: 'String',
        food_additive: 'String',
        health_product_no: 'String',
        mix: 'String',
        period: 'String',
        plan_storage: 'String',
        prd_license_no: 'String',
        product_date_end: 'String',
        product_date_start: 'String',
        stock_date_end: 'String',
        stock_date_start: 'String',
        supplier: 'String',
      },
      freight_payer: 'String',
      global_stock_country: 'String',
      global_stock_type: 'String',
      has_discount: 'Boolean',
      has_invoice: 'Boolean',
      has_showcase: 'Boolean',
      has_warranty: 'Boolean',
      increment: 'String',
      inner_shop_auction_template_id: 'Number',
      input_pids: 'String',
      input_str: 'String',
      is_3D: 'Boolean',
      is_ex: 'Boolean',
      is_fenxiao: 'Number',
      is_lightning_consignment: 'Boolean',
      is_prepay: 'Boolean',
      is_taobao: 'Boolean',
      is_timing: 'Boolean',
      is_virtual: 'Boolean',
      is_xinpin: 'Boolean',
      item_imgs: [
        {
          created: 'Date',
          id: 'Number',
          position: 'Number',
          url: 'String',
        },
      ],
      item_size: 'String',
      item_weight: 'String',
      list_time: 'Date',
      locality_life: {
        choose_logis: 'String',
        eticket: 'String',
        expirydate: 'String',
        merchant: 'String',
        network_id: 'String',
        onsale_auto_refund_ratio: 'Number',
        refund_ratio: 'Number',
        refundmafee: 'String',
        verification: 'String',
      },
      location: {
        city: 'String',
        state: 'String',
      },
      modified: 'Date',
      mpic_video: {
        num_iid: 'Number',
        video_duaration: 'Number',
        video_id: 'Number',
        video_pic: 'String',
        video_status: 'Number',
      },
      newprepay: 'String',
      nick: 'String',
      num: 'Number',
      num_iid: 'Number',
      one_station: 'Boolean',
      outer_id: 'String',
      outer_shop_auction_template_id: 'Number',
      paimai_info: {
        deposit: 'Number',
        increment: 'String',
        interval: 'Number',
        mode: 'Number',
        reserve: 'String',
        valid_hour: 'Number',
        valid_minute: 'Number',
        repeat: 'Number',
        start: 'Date',
        end: 'Date',
        start_price: 'Number',
        ceil_price: 'Number',
        delay_in_minute: 'Number',
        period: 'Number',
        frequency: 'Number',
      },
      period_sold_quantity: 'Number',
      pic_url: 'String',
      post_fee: 'String',
      postage_id: 'Number',
      price: 'String',
      product_id: 'Number',
      promoted_service: 'String',
      prop_imgs: [
        {
          id: 'Number',
          position: 'Number',
          properties: 'String',
          url: 'String',
        },
      ],
      property_alias: 'String',
      props: 'String',
      props_name: 'String',
      score: 'Number',
      second_kill: 'String',
      sell_point: 'String',
      sell_promise: 'Boolean',
      seller_cids: 'String',
      skus: [
        {
          barcode: 'String',
          created: 'String',
          modified: 'String',
          outer_id: 'String',
          price: 'String',
          properties: 'String',
          properties_name: 'String',
          quantity: 'Number',
          sku_id: 'Number',
          sku_feature: {
            color_hot_new: 'String',
            color_material_img: 'String',
            color_value: 'String',
            color_material: 'String',
            color_series: 'String',
          },
        },
      ],
      sold_quantity: 'Number',
      stuff_status: 'String',
      sub_stock: 'Number',
      template_id: 'String',
      title: 'String',
      type: 'String',
      valid_thru: 'Number',
      video_id: 'Number',
      videos: [
        {
          created: 'Date',
          id: 'Number',
          modified: 'Date',
          url: 'String',
          video_id: 'Number',
        },
      ],
      violation: 'Boolean',
      volume: 'Number',
      wap_desc: 'String',
      wap_detail_url: 'String',
      wireless_desc: 'String',
      with_hold_quantity: 'Number',
      ww_status: 'Boolean',
      desc_modules: 'String',
      cuntao_item_specific: {
        kick_back_rate: 'String',
      },
      item_rectangle_imgs: [
        {
          position: 'Number',
          url: 'String',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.items.seller.list.get`: method, response root, request and response schemas. */
export const taobaoItemsSellerListGetOperation = {
  method: 'taobao.items.seller.list.get',
  responseRoot: 'items_seller_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量获取商品详细信息 — calls TOP method `taobao.items.seller.list.get`.
 *
 * 批量获取商品详细信息
 *
 * 点击查看更多商品API说明
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemsSellerListGet(
  client: TopClient,
  request: TaobaoItemsSellerListGetRequest,
  options?: CallOptions,
): Promise<TaobaoItemsSellerListGetResponse> {
  return client.call<TaobaoItemsSellerListGetResponse>(
    {
      method: 'taobao.items.seller.list.get',
      responseRoot: 'items_seller_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
